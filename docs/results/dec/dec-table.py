#!/usr/bin/env python3
"""Tables for docs/results/dec.md from the run folders: k-means on the test latents (cluster-test.json) of
ae40, ae50 (control) and dec, and DEC's own assignment (dec-sS-own.json); mean +- sample std over the seeds."""
import json, os, statistics, sys
R = '/work/dec-runs'
seeds = [1, 2, 3]
def load(p):
    try:
        return json.load(open(p))
    except Exception:
        return None
rows = [('ae, 40 epochs (pretrained), k-means', 'ae40', 'cluster'),
        ('ae, 50 epochs (control: +10 epochs ae), k-means', 'ae50', 'cluster'),
        ('dec, 40 ae + 10 dec epochs, k-means on its latents', 'dec', 'cluster'),
        ('dec, 40 ae + 10 dec epochs, own assignment (nearest trained centre = argmax Q)', 'dec', 'own')]
def fmt(xs):
    xs = [x for x in xs if x is not None]
    if not xs:
        return 'n/a'
    if len(xs) == 1:
        return '%.4f (1 seed)' % xs[0]
    return '%.4f ± %.4f' % (statistics.mean(xs), statistics.stdev(xs)) + ('' if len(xs) == len(seeds) else ' (%d seeds)' % len(xs))
print('| row | ACC | NMI |')
print('|---|---|---|')
per = []
for label, run, kind in rows:
    acc, nmi = [], []
    for s in seeds:
        j = load(f'{R}/{run}-s{s}/cluster-test.json') if kind == 'cluster' else load(f'{R}/{run}-s{s}-own.json')
        a = j['accuracy'] if j else None
        n = j['nmi'] if j else None
        acc.append(a); nmi.append(n)
        per.append((label, s, a, n))
    print(f'| {label} | {fmt(acc)} | {fmt(nmi)} |')
print()
print('| row | seed | ACC | NMI |')
print('|---|---|---|---|')
for label, s, a, n in per:
    print(f'| {label} | {s} | {"%.4f" % a if a is not None else "failed/missing"} | {"%.4f" % n if n is not None else "failed/missing"} |')
