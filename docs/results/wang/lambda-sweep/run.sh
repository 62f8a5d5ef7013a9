#!/usr/bin/env bash
# Paper 004, lambda sweep of lambda-hot-vae on one dataset (mnist or fashion-mnist), 3 seeds, with the plain vae of the same seeds as the
# BCE reference. The same setup as `sae experiment wang` (dense 784-512-20, latent 20, 20 epochs, every label,
# --validation 0); each run is then evaluated by `sae evaluate` (test BCE at the latent mean, argmax of the first
# 10 latent means, linear SVM C = 1). Usage: run.sh DATASET OUT [SAE]; summarise.py OUT > results.json.
set -euo pipefail
dataset=${1:?usage: run.sh DATASET OUT [SAE]}
out=${2:?usage: run.sh DATASET OUT [SAE]}
sae=${3:-sae}
mkdir -p "$out"
train() { # name, then extra options
  local name=$1; shift
  if [[ -f "$out/$name/metrics.json" ]]; then return; fi
  rm -rf "$out/$name"
  "$sae" train --dataset "$dataset" --arch dense --latent 20 --epochs 20 --validation 0 --progress lines \
      --out "$out/$name" "$@" > "$out/$name.log" 2>&1
  "$sae" evaluate "$out/$name" >> "$out/$name.log" 2>&1
}
for seed in 1 2 3; do
  train "vae-s$seed" --method vae --seed "$seed"
  for lambda in 1 2 5 10 20; do
    train "lambda$lambda-s$seed" --method lambda-hot-vae --set "lambda=$lambda" --seed "$seed"
  done
done
