#!/bin/bash
# DEC pretraining: the ae on MNIST (60,000 training images) with the DEC network, 3 seeds, 40 epochs, batch 256.
cd /work/bench
for s in 1 2 3; do
  SAE_NO_BUILD=1 SAE_CACHE_DIR=$HOME/.cache/sae ./sae train -d mnist -m ae -a dec --latent 10 -e 40 --batch-size 256 --validation 0 --seed $s --progress=lines -o /work/dec-runs/ae40-s$s > /work/dec-runs/ae40-s$s.log 2>&1
done
echo done > /work/dec-runs/pretrain.done
