#!/usr/bin/env python3
"""Collects run.sh's metrics.json files into one JSON: per run the numbers, per setting the mean and the
sample standard deviation over seeds, and each
setting's test BCE minus that of the vae run of the same seed. Usage: summarise.py OUT > results.json (OUT: run.sh's folder, or mnist/ or
fashion-mnist/ here, which hold copies of its metrics.json and history.csv files), or summarise.py --markdown
results.json for the table on wang.md (mean ± sample sd over the seeds, then min-max)."""
import json, pathlib, re, statistics, sys

def markdown(path):
    j = json.loads(pathlib.Path(path).read_text())
    def cell(s, scale, digits):
        if s is None:
            return ""
        sd = "-" if s["sd"] is None else f"{s['sd'] * scale:.{digits}f}"
        return (f"{s['mean'] * scale:.{digits}f} ± {sd} "
                f"({s['min'] * scale:.{digits}f}-{s['max'] * scale:.{digits}f})")
    print("| setting | seeds | test BCE | argmax of first 10 (%) | linear SVM (%) |")
    print("|---|---|---|---|---|")
    order = sorted(j["summary"], key=lambda k: (k != "vae", float(k[len("lambda"):]) if k.startswith("lambda") else 0))
    for k in order:
        s = j["summary"][k]
        name = "`vae`" if k == "vae" else "lambda = " + k[len("lambda"):]
        print(f"| {name} | {s['test_reconstruction_bce']['n']} | {cell(s['test_reconstruction_bce'], 1, 2)} | "
              f"{cell(s.get('argmax_accuracy'), 100, 2)} | {cell(s['linear_svm_accuracy'], 100, 2)} |")

    print()
    print("| setting | test BCE minus the same seed's `vae`, per seed | mean | lower than `vae` |")
    print("|---|---|---|---|")
    for k in order:
        if k == "vae":
            continue
        d = j["bce_minus_vae_same_seed"][k]
        print(f"| lambda = {k[len('lambda'):]} | " + " / ".join(f"{x:+.2f} (seed {sd})" for sd, x in zip(d["seeds"], d["per_seed"]))
              + f" | {d['mean']:+.2f} | {sum(x < 0 for x in d['per_seed'])} of {len(d['per_seed'])} |")

if sys.argv[1] == "--markdown":
    markdown(sys.argv[2])
    sys.exit(0)
out = pathlib.Path(sys.argv[1])
runs = {}
# run folders (OUT/NAME/metrics.json) or the copies committed beside this script (DIR/NAME-metrics.json)
for m in sorted(list(out.glob("*/metrics.json")) + list(out.glob("*-metrics.json"))):
    name = m.parent.name if m.name == "metrics.json" else m.name[:-len("-metrics.json")]
    setting, seed = re.fullmatch(r"(.+)-s(\d+)", name).groups()
    j = json.loads(m.read_text())
    runs.setdefault(setting, []).append({
        "seed": int(seed),
        "test_reconstruction_bce": j["test_reconstruction_bce"],
        "linear_svm_accuracy": 1 - j["linear_svm_test_error"],
        "argmax_accuracy": None if setting.startswith("vae") else 1 - j["method_classifier_test_error"],
        "lambda": j["options"].get("lambda"),
    })

def spread(values):
    return {"mean": statistics.mean(values), "sd": statistics.stdev(values) if len(values) > 1 else None,
            "min": min(values), "max": max(values), "n": len(values)}

summary = {}
for setting, rs in runs.items():
    summary[setting] = {k: spread([r[k] for r in rs]) for k in ("test_reconstruction_bce", "linear_svm_accuracy", "argmax_accuracy")
                        if rs[0][k] is not None}
# the BCE claim is paired: each lambda-hot-vae run against the vae run of the same seed
vae = {r["seed"]: r["test_reconstruction_bce"] for r in runs.get("vae", [])}
paired = {}
for setting, rs in runs.items():
    if setting != "vae":
        pairs = sorted((r["seed"], r["test_reconstruction_bce"] - vae[r["seed"]]) for r in rs if r["seed"] in vae)
        paired[setting] = {"seeds": [sd for sd, _ in pairs], "per_seed": [x for _, x in pairs],
                           "mean": statistics.mean(x for _, x in pairs)}
json.dump({"runs": runs, "summary": summary, "bce_minus_vae_same_seed": paired}, sys.stdout, indent=2, sort_keys=True)
print()
