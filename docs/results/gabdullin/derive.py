#!/usr/bin/env python3
"""Numbers the gabdullin.md tables derive from gabdullin/results.json, by the formulas named here, so that every
number in those tables is in a raw file (.ci/results-numbers.py): per seed of `geometric`, the nearest-centre test
error minus the classifier head's, in points. Run from the repository root:
python3 docs/results/gabdullin/derive.py > docs/results/gabdullin/derived.json"""
import json, sys

d = json.load(open("docs/results/gabdullin/results.json"))
out = {"source": "gabdullin/results.json",
       "geometric_nearest_centre_minus_head_test_error_points": [
           100 * (r["nearest_centre_test_error"] - r["head_test_error"]) for r in d["runs"]["geometric"]]}
json.dump(out, sys.stdout, indent=2)
print()
