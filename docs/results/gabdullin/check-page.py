"""Checks that the figures of docs/results/gabdullin.md appear in gabdullin/results.json at the precision shown:
every per-seed row (geometric, ce-only), polar's head test errors, precision@10 and the class-mean spread.
Run from the repository root: python3 docs/results/gabdullin/check-page.py (exit 1 and the rows when one differs)."""
import json, sys

d = json.load(open("docs/results/gabdullin/results.json"))
page = open("docs/results/gabdullin.md").read()
missing = []
for method, runs in d["runs"].items():
    for r in runs:
        if method == "polar":
            wanted = [f"{100 * r['head_test_error']:.2f}%"]
        else:
            wanted = [f"| {r['run']} | {100 * r['train_inside_share']:.2f}% | {100 * r['test_inside_share']:.2f}% | "
                      f"{r['max_class_mean_to_centre']:.3f} | {100 * r['nearest_centre_test_error']:.2f}% | "
                      f"{100 * r['head_test_error']:.2f}% | {r['max_latent_norm']:.3f} |"]
            if method == "geometric":
                wanted.append(f"{r['test_precision_at_10']:.3f}")
        missing += [w for w in wanted if w not in page]
for method, spread in d["class_mean_seed_spread"].items():
    row = f"| {method} | " + " | ".join(f"{v:.3f}" for v in spread) + " |"
    if row not in page:
        missing.append(row)
for m in missing:
    print("not on the page:", m)
print(f"{len(missing)} figures differ")
sys.exit(1 if missing else 0)
