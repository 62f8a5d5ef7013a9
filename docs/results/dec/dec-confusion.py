#!/usr/bin/env python3
"""Which digits DEC's own clusters (nearest trained centre) hold, on the test split: for each cluster, its size and its
two largest classes with their counts. Reads weights.bin (the SAEW format of ParameterSnapshot) and 'sae encode' output."""
import struct, sys
import numpy as np
def centres(path):
    b = open(path, 'rb').read()
    assert b[:4] == b'SAEW'
    o = 4
    ver, count = struct.unpack_from('<ii', b, o); o += 8
    for _ in range(count):
        (n,) = struct.unpack_from('<i', b, o); o += 4
        name = b[o:o + n].decode(); o += n
        (rank,) = struct.unpack_from('<i', b, o); o += 4
        shape = struct.unpack_from('<%dq' % rank, b, o); o += 8 * rank
        size = int(np.prod(shape))
        v = np.frombuffer(b, '<f4', size, o); o += 4 * size
        if name == 'variable/dec-centres':
            return v.reshape(shape)
for s in (1, 2, 3):
    mu = centres(f'dec-s{s}/model/weights.bin')
    z = np.load(f'dec-s{s}-test.npy'); y = np.load(f'dec-s{s}-test-labels.npy')
    a = ((z[:, None, :] - mu[None, :, :]) ** 2).sum(2).argmin(1)
    parts = []
    for j in range(mu.shape[0]):
        c = np.bincount(y[a == j], minlength=10)
        top = c.argsort()[::-1][:2]
        parts.append('%d: %d (%d x%d, %d x%d)' % (j, c.sum(), top[0], c[top[0]], top[1], c[top[1]]))
    print('seed %d: ' % s + '; '.join(parts))
