#!/usr/bin/env python3
"""Paper 004 over seeds: reads the results.json of one `sae experiment wang --seed S` per seed and writes their
spread as one JSON: per dataset and method the mean, sample standard deviation, min and max over the seeds of the
test BCE, the linear-SVM accuracy and the method's own read-out; the same-seed differences behind the BCE goals; each
goal per seed; the class-conditional sample check per class (mean over seeds).

Usage: summarise.py seed-1/results.json seed-2/results.json ... > results.json
       summarise.py --markdown results.json   (the tables of wang.md)"""
import json, pathlib, statistics, sys

METHODS = ["vae", "beta-vae", "cvae", "lambda-hot-vae", "kmeans-vae"]
DATASETS = ["mnist", "fashion-mnist"]
PAPER_ARGMAX = {"mnist": 0.919, "fashion-mnist": 0.8127}  # paper 004, section 5.1
SAMPLE_GOAL = 0.90
CLASSES = {"mnist": [str(c) for c in range(10)],
           "fashion-mnist": ["T-shirt", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag", "boot"]}


def spread(values):
    return {"mean": statistics.mean(values), "sd": statistics.stdev(values) if len(values) > 1 else None,
            "min": min(values), "max": max(values), "n": len(values), "per_seed": values}


def summarise(paths):
    seeds = [json.loads(pathlib.Path(p).read_text()) for p in paths]
    seed_numbers = [int(s["arguments"].split("--seed ")[1].split()[0]) for s in seeds]
    out = {"seeds": seed_numbers, "sources": [str(p) for p in paths]}
    for ds in DATASETS:
        runs = [s[ds] for s in seeds]
        d = {}
        for m in METHODS:
            d[m] = {k: spread([r[m][k] for r in runs])
                    for k in ("test_bce_per_image", "linear_svm_test_accuracy", "method_classifier_test_accuracy")}
            d[m]["paper_bce"] = runs[0][m]["paper_bce"]
            d[m]["method_classifier"] = runs[0][m]["method_classifier"]
        d["real_data_classifier_test_accuracy"] = spread([r["real_data_classifier_test_accuracy"] for r in runs])
        bce = lambda m: [r[m]["test_bce_per_image"] for r in runs]
        diffs = {m: [a - b for a, b in zip(bce(m), bce("vae"))] for m in METHODS if m != "vae"}
        d["bce_minus_vae_same_seed"] = {m: {"per_seed": v, "mean": statistics.mean(v)} for m, v in diffs.items()}
        samples = {m: [r["samples_classified_as_requested"][m] for r in runs] for m in ("lambda-hot-vae", "cvae")}
        d["samples_classified_as_requested_mean_over_seeds"] = {
            m: [statistics.mean(c) for c in zip(*v)] for m, v in samples.items()}
        d["samples_classified_as_requested_overall"] = {m: spread([x[-1] for x in v]) for m, v in samples.items()}
        argmax = [r["lambda-hot-vae"]["method_classifier_test_accuracy"] for r in runs]
        d["goals_per_seed"] = {
            "lambda-hot-vae argmax >= paper": [a >= PAPER_ARGMAX[ds] for a in argmax],
            "kmeans-vae BCE <= vae": [x <= 0 for x in diffs["kmeans-vae"]],
            "lambda-hot-vae BCE <= vae": [x <= 0 for x in diffs["lambda-hot-vae"]],
            "lambda-hot-vae samples >= 90%": [x[-1] >= SAMPLE_GOAL for x in samples["lambda-hot-vae"]],
        }
        d["paper_argmax"] = PAPER_ARGMAX[ds]
        out[ds] = d
    return out


def cell(s, scale=1, digits=2, unit=""):
    sd = "-" if s["sd"] is None else f"{s['sd'] * scale:.{digits}f}"
    return f"{s['mean'] * scale:.{digits}f}{unit} ± {sd} ({s['min'] * scale:.{digits}f}-{s['max'] * scale:.{digits}f})"


def markdown(j):
    n = len(j["seeds"])
    print("Table 1, test BCE per image, mean ± sd (min-max) over seeds " + ", ".join(map(str, j["seeds"])) + ":")
    print()
    print("| method | MNIST | paper | Fashion-MNIST | paper |")
    print("|---|---|---|---|---|")
    for m in METHODS:
        mn, fa = j["mnist"][m], j["fashion-mnist"][m]
        print(f"| `{m}` | {cell(mn['test_bce_per_image'])} | {mn['paper_bce']:.2f} | {cell(fa['test_bce_per_image'])} | {fa['paper_bce']:.2f} |")
    print()
    print("Test accuracy (%) read from the latent means:")
    print()
    print("| method | MNIST linear SVM | MNIST own read-out | Fashion linear SVM | Fashion own read-out |")
    print("|---|---|---|---|---|")
    for m in METHODS:
        row = [f"`{m}`"]
        for ds in DATASETS:
            r = j[ds][m]
            row.append(cell(r["linear_svm_test_accuracy"], 100))
            own = "" if r["method_classifier"].startswith("linear SVM") else cell(r["method_classifier_test_accuracy"], 100)
            row.append(own)
        print("| " + " | ".join(row) + " |")
    print()
    print("Same-seed test BCE difference to `vae` (seed " + " / ".join(map(str, j["seeds"])) + "):")
    print()
    print("| method | MNIST, per seed | mean | Fashion-MNIST, per seed | mean |")
    print("|---|---|---|---|---|")
    for m in METHODS[1:]:
        cells = []
        for ds in DATASETS:
            d = j[ds]["bce_minus_vae_same_seed"][m]
            cells += [" / ".join(f"{x:+.2f}" for x in d["per_seed"]), f"{d['mean']:+.2f}"]
        print(f"| `{m}` | " + " | ".join(cells) + " |")
    print()
    print("Goals, met in how many seeds:")
    print()
    print("| goal | MNIST | Fashion-MNIST |")
    print("|---|---|---|")
    for g in j["mnist"]["goals_per_seed"]:
        print(f"| {g} | " + " | ".join(f"{sum(j[ds]['goals_per_seed'][g])} of {n}" for ds in DATASETS) + " |")
    for ds in DATASETS:
        print()
        print(f"{ds}: class samples labelled as requested (%), mean over seeds; overall then mean ± sd (min-max):")
        print()
        c = j[ds]["samples_classified_as_requested_mean_over_seeds"]
        print("| method | " + " | ".join(CLASSES[ds]) + " | all |")
        print("|---|" + "---|" * len(c["cvae"]))
        for m in ("lambda-hot-vae", "cvae"):
            print(f"| `{m}` | " + " | ".join(f"{100 * x:.1f}" for x in c[m][:-1]) + " | "
                  + cell(j[ds]["samples_classified_as_requested_overall"][m], 100) + " |")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--markdown":
        markdown(json.loads(pathlib.Path(sys.argv[2]).read_text()))
    elif len(sys.argv) >= 2 and not sys.argv[1].startswith("-"):
        json.dump(summarise(sys.argv[1:]), sys.stdout, indent=2, sort_keys=True)
        print()
    else:
        sys.exit(__doc__)
