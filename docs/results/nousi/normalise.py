# Writes the MNIST test set as npy with two other normalisations, for the probes in probe-commands.txt:
# mnist-test-z.npy (each pixel standardised over the 10,000 images) and mnist-test-l2.npy (each image scaled to
# unit L2 norm), and mnist-test-y.npy (labels). Run with python3 and numpy from the folder the probes read.
import numpy as np

def idx(path):
    b = open(path, 'rb').read()
    nd = b[3]
    dims = [int.from_bytes(b[4 + 4 * i:8 + 4 * i], 'big') for i in range(nd)]
    return np.frombuffer(b[4 + 4 * nd:], dtype=np.uint8).reshape(dims)

C = '/root/.cache/sae/mnist/'
x = idx(C + 't10k-images-idx3-ubyte').reshape(10000, 784).astype(np.float32) / 255
y = idx(C + 't10k-labels-idx1-ubyte').astype(np.int32)
m = x.mean(0)
s = x.std(0)
s[s < 1e-6] = 1
np.save('mnist-test-z.npy', ((x - m) / s).astype(np.float32))
np.save('mnist-test-y.npy', y)
np.save('mnist-test-l2.npy', (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32))
