#!/usr/bin/env python3
"""Checks that every number in the tables of a results page is in one of the page's raw files.

A page names its raw files in a comment, paths relative to the page's folder:

    <!-- raw: wang/seeds/results.json wang/lambda-sweep/mnist-results.json -->

Every number with a decimal point in a table row (not the header row) must equal, at the digits it is written
with, a number of those files (JSON values at any depth, numbers in CSV or text files) as is or times 100 (a
percentage). Integers (seed counts, "2 of 3") are not checked. A number in a table that no raw file holds (a value
computed on the page) fails the check: put it in a raw file, derived there by the script that writes the file.

Usage: results-numbers.py PAGE...   (exit 1 naming each number not found; exit 2 on a page with no raw comment)
       results-numbers.py --self-test"""
import json, pathlib, re, sys

NUMBER = re.compile(r"(?<![\d.\w])[+-]?\d+\.\d+")
RAW = re.compile(r"<!--\s*raw:\s*(.*?)\s*-->", re.S)
# references into the paper are not measurements: "Section 7.2", "Sections 2.4, 7", "Eq. 3", "Fig. 4.1"
REFERENCE = re.compile(r"\b(?:Sections?|Eqs?\.|Figs?\.|Tables?)\s+\d+(?:\.\d+)*(?:\s*(?:,|and)\s*\d+(?:\.\d+)*)*", re.I)


def raw_numbers(path):
    """Every number of a raw file, as floats."""
    text = path.read_text()
    if path.suffix == ".json":
        out = []

        def walk(v):
            if isinstance(v, bool):
                return
            if isinstance(v, (int, float)):
                out.append(float(v))
            elif isinstance(v, dict):
                for x in v.values():
                    walk(x)
            elif isinstance(v, list):
                for x in v:
                    walk(x)

        walk(json.loads(text))
        return out
    return [float(t) for t in re.findall(r"[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?", text)]


def written(value, digits):
    s = f"{value:.{digits}f}"
    return "0." + "0" * digits if s == "-0." + "0" * digits else s


def check(page):
    text = page.read_text()
    declared = RAW.findall(text)
    if not declared:
        print(f"{page}: no '<!-- raw: FILE... -->' comment naming its raw files", file=sys.stderr)
        return None
    files = [page.parent / p for block in declared for p in block.split()]
    absent = [f for f in files if not f.is_file()]
    if absent:
        print(f"{page}: raw files named but absent: {', '.join(map(str, absent))}", file=sys.stderr)
        return None
    values = [v for f in files for v in raw_numbers(f)]
    known = {}  # digits -> the set of raw values written with that many digits, as is and times 100
    missing, checked = [], 0
    lines = text.splitlines()
    separator = lambda l: re.fullmatch(r"\|[\s|:-]*", l.strip()) is not None
    for n, line in enumerate(lines, 1):
        if not line.startswith("|") or separator(line):
            continue
        if n < len(lines) and lines[n].startswith("|") and separator(lines[n]):
            continue  # the header row (the next line is the separator)
        for token in NUMBER.findall(REFERENCE.sub("", line)):
            digits = len(token.split(".")[1])
            if digits not in known:
                known[digits] = {written(v * s, digits) for v in values for s in (1, 100)}
            checked += 1
            if written(float(token), digits) not in known[digits]:
                missing.append(f"{page}:{n}: {token} is in no raw file ({line.strip()[:100]})")
    for m in missing:
        print(m)
    print(f"{page}: {checked} numbers in tables, {checked - len(missing)} found in {len(files)} raw files")
    return not missing


def self_test():
    """The check on pages made here: one it must pass, one with a digit changed and one naming no raw file."""
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        d = pathlib.Path(d)
        (d / "raw.json").write_text(json.dumps({"a": {"bce": 71.8013, "acc": [0.9224, 0.5]}, "n": 3}))
        table = "| method (Fig. 4.1) | BCE | accuracy | seeds |\n|---|---|---|---|\n| `x` | {} | 92.24% ± 0.50 | 3 |\n"
        good, bad, none = d / "good.md", d / "bad.md", d / "none.md"
        good.write_text("<!-- raw: raw.json -->\n" + table.format("71.80"))
        bad.write_text("<!-- raw: raw.json -->\n" + table.format("71.90"))
        none.write_text(table.format("71.80"))
        assert check(good) is True, "a page whose numbers are all in its raw file failed"
        assert check(bad) is False, "a page with a number in no raw file passed"
        assert check(none) is None, "a page naming no raw file was not refused"
    print("results-numbers self-test: passed")


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        sys.exit(0)
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    results = [check(pathlib.Path(p)) for p in sys.argv[1:]]
    sys.exit(2 if None in results else 0 if all(results) else 1)
