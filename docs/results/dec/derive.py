#!/usr/bin/env python3
"""Numbers the dec.md tables derive from the committed run files, so that every number in those tables is in a raw
file (.ci/results-numbers.py): mean and sample standard deviation over seeds 1-3 of ACC and NMI of k-means on the
latents (runs/RUN-sS/cluster-SPLIT.json, `sae cluster`) and of DEC's own assignment (own/dec-sS-own[-train].json),
and the per-seed differences against the control. Run from the repository root:
python3 docs/results/dec/derive.py > docs/results/dec/derived.json"""
import json, statistics, sys

D = "docs/results/dec"
SEEDS = [1, 2, 3]


def load(kind, run, seed, split):
    if kind == "own":
        return json.load(open(f"{D}/own/{run}-s{seed}-own{'' if split == 'test' else '-train'}.json"))
    return json.load(open(f"{D}/runs/{run}-s{seed}/cluster-{split}.json"))


def values(kind, run, split, metric):
    return [load(kind, run, s, split)[metric] for s in SEEDS]


def spread(xs):
    return {"per_seed": xs, "mean": statistics.mean(xs), "sd": statistics.stdev(xs)}


ROWS = {"ae40_kmeans": ("cluster", "ae40"), "ae50_kmeans": ("cluster", "ae50"), "dec_kmeans": ("cluster", "dec"),
        "dec_own": ("own", "dec")}
out = {"source": "dec/runs/*/cluster-*.json and dec/own/*.json", "seeds": SEEDS}
for split, rows in (("test", ROWS), ("train", {k: v for k, v in ROWS.items() if k != "ae40_kmeans"})):
    out[split] = {}
    for name, (kind, run) in rows.items():
        out[split][name] = {m: spread(values(kind, run, split, m)) for m in ("accuracy", "nmi")}
# paired by seed: each row minus the control (ae, 50 epochs), and the control minus the 40-epoch start
pairs = {"dec_kmeans_minus_ae50": ("dec_kmeans", "ae50_kmeans"), "dec_own_minus_ae50": ("dec_own", "ae50_kmeans"),
         "ae50_minus_ae40": ("ae50_kmeans", "ae40_kmeans")}
out["test_paired"] = {}
for name, (a, b) in pairs.items():
    out["test_paired"][name] = {}
    for m in ("accuracy", "nmi"):
        diffs = [x - y for x, y in zip(out["test"][a][m]["per_seed"], out["test"][b][m]["per_seed"])]
        out["test_paired"][name][m] = dict(spread(diffs), higher_in_seeds=sum(d > 0 for d in diffs))
json.dump(out, sys.stdout, indent=2)
print()
