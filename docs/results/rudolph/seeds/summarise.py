#!/usr/bin/env python3
"""Paper 001's label sweep over seeds: reads the results.json (batch-means) and results-eq3.json (eq3) of one
`sae experiment rudolph --parts labels --seed S [--weighting eq3]` folder per seed and writes their spread as one
JSON: per weighting and label count the mean, sample standard deviation, min and max over the seeds of every
number of the row, and the per-seed derived numbers with their formulas:

  rmse_vs_paired = sae_test_rmse / paired_gamma0_test_rmse - 1   (what the structure term costs, same samples)
  rmse_vs_ae     = sae_test_rmse / ae_test_rmse - 1
  sae_minus_classifier = sae_svm_test_error - classifier_softmax_test_error   (and the seeds where it is < 0)

Usage: summarise.py SEED_DIR... > results.json   (a folder per seed, each with results.json and/or results-eq3.json)
       summarise.py --markdown results.json     (the label-sweep tables of rudolph.md)"""
import json, pathlib, statistics, sys

SECTION = "mnist-abc: test error by number of labels (Fig. 6)"
FILES = {"batch-means": "results.json", "eq3": "results-eq3.json"}
ROW_KEYS = ["trained_labels", "sae_svm_test_error", "sae_best_epoch_svm_test_error", "sae_best_epoch_kept_epoch",
            "classifier_softmax_test_error", "classifier_latent_svm_test_error",
            "classifier_kept_epoch", "ae_svm_test_error", "aae_svm_test_error", "vae_svm_test_error", "sae_test_rmse",
            "paired_gamma0_test_rmse"]


def spread(values):
    return {"mean": statistics.mean(values), "sd": statistics.stdev(values) if len(values) > 1 else None,
            "min": min(values), "max": max(values), "n": len(values), "per_seed": values}


def summarise(dirs):
    out = {"sources": [str(d) for d in dirs], "formulas": __doc__.split("\n\n")[1].strip()}
    for weighting, name in FILES.items():
        found = [(d, json.loads((pathlib.Path(d) / name).read_text())) for d in dirs if (pathlib.Path(d) / name).is_file()]
        if not found:
            continue
        seeds = [r["seed"] for _, r in found]
        sweeps = [r[SECTION] for _, r in found]
        labels = [k for k in sweeps[0] if k != "ae_test_rmse"]
        w = {"seeds": seeds, "ae_test_rmse": spread([s["ae_test_rmse"] for s in sweeps]), "labels": {}}
        for lab in labels:
            rows = [s[lab] for s in sweeps]
            row = {k: spread([r[k] for r in rows]) for k in ROW_KEYS}
            row["rmse_vs_paired"] = spread([r["sae_test_rmse"] / r["paired_gamma0_test_rmse"] - 1 for r in rows])
            row["rmse_vs_ae"] = spread([r["sae_test_rmse"] / s["ae_test_rmse"] - 1 for r, s in zip(rows, sweeps)])
            diff = [r["sae_svm_test_error"] - r["classifier_softmax_test_error"] for r in rows]
            row["sae_minus_classifier"] = dict(spread(diff), sae_lower_in_seeds=sum(d < 0 for d in diff))
            w["labels"][lab] = row
        out[weighting] = w
    return out


def pm(s, scale=100, digits=2, sign=False):
    f = "%+.*f" if sign else "%.*f"
    if s["sd"] is None:
        return (f % (digits, scale * s["mean"])) + " (1 seed)"
    return (f % (digits, scale * s["mean"])) + " ± " + ("%.*f" % (digits, scale * s["sd"]))


def markdown(summary):
    lines = []
    for weighting in FILES:
        if weighting not in summary:
            continue
        w = summary[weighting]
        lines += [f"Weighting `{weighting}`, seeds {', '.join(map(str, w['seeds']))}: test error in %, mean ± sample std over the seeds.", "",
                  "| labels | trained labels | SAE + SVM | SAE + SVM, best validation epoch | classifier | SAE lower in | AE + SVM | AAE + SVM | VAE + SVM | SAE RMSE vs paired gamma 0 | SAE RMSE vs AE |",
                  "|---|---|---|---|---|---|---|---|---|---|---|"]
        for lab, r in w["labels"].items():
            lines.append(f"| {lab} | {int(r['trained_labels']['mean'])} | {pm(r['sae_svm_test_error'])} | {pm(r['sae_best_epoch_svm_test_error'])}"
                         f" | {pm(r['classifier_softmax_test_error'])}"
                         f" | {r['sae_minus_classifier']['sae_lower_in_seeds']} of {r['sae_minus_classifier']['n']} seeds"
                         f" | {pm(r['ae_svm_test_error'])} | {pm(r['aae_svm_test_error'])} | {pm(r['vae_svm_test_error'])}"
                         f" | {pm(r['rmse_vs_paired'], digits=1, sign=True)}% | {pm(r['rmse_vs_ae'], digits=1, sign=True)}% |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--markdown"]:
        print(markdown(json.loads(pathlib.Path(sys.argv[2]).read_text())))
    else:
        json.dump(summarise(sys.argv[1:]), sys.stdout, indent=2)
        print()
