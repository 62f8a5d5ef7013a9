#!/usr/bin/env python3
"""Which digits the k-means clusters of the pretrained autoencoders' test latents hold (numpy k-means++ + Lloyd, best
of 10 by inertia; not the same generator as 'sae cluster', so its ACC differs slightly): for each cluster, its size
and its two largest classes, to compare with DEC's clusters (dec-test-clusters.txt)."""
import numpy as np
def kmeans(x, k, seed):
    r = np.random.default_rng(seed)
    c = [x[r.integers(len(x))]]
    for _ in range(k - 1):
        d = ((x[:, None, :] - np.array(c)[None]) ** 2).sum(2).min(1)
        c.append(x[r.choice(len(x), p=d / d.sum())])
    c = np.array(c)
    for _ in range(300):
        a = ((x[:, None, :] - c[None]) ** 2).sum(2).argmin(1)
        n = np.array([x[a == j].mean(0) if (a == j).any() else c[j] for j in range(k)])
        if np.allclose(n, c):
            break
        c = n
    return a, ((x - c[a]) ** 2).sum()
for s in (1, 2, 3):
    z = np.load(f'ae40-s{s}-test.npy').astype(np.float64); y = np.load(f'ae40-s{s}-test-labels.npy')
    a = min((kmeans(z, 10, s * 100 + i) for i in range(10)), key=lambda t: t[1])[0]
    parts = []
    for j in range(10):
        c = np.bincount(y[a == j], minlength=10); top = c.argsort()[::-1][:2]
        parts.append('%d: %d (%d x%d, %d x%d)' % (j, c.sum(), top[0], c[top[0]], top[1], c[top[1]]))
    print('seed %d: ' % s + '; '.join(parts))
