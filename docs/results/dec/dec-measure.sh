#!/bin/bash
# DEC measurement (issue 14), run by the dec worker from /work/wt-dec with the jars of its committed branch.
# For each seed: DEC from the 40-epoch autoencoder, then the control (the same autoencoder trained 10 more epochs as ae);
# then k-means on the test latents of all 9 runs (sae cluster, best of 10 k-means++ runs, as docs/results/nousi.md),
# and DEC's own assignment (nearest trained centre) on the test latents.
set -u
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
cd /work/wt-dec
export SAE_NO_BUILD=1 SAE_CACHE_DIR=$HOME/.cache/sae TF_CPP_MIN_LOG_LEVEL=2
# What sae runs (same JVM flags), on a copy of the jars built from the committed branch (bin/commit.txt), so that a
# build in the worktree during the measurement cannot swap the jar under a running JVM.
sae() { $JAVA_HOME/bin/java --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xmx8g -jar /work/dec-runs/bin/sae-cli.jar "$@"; }
P=/work/dec-runs/plugins
R=/work/dec-runs
# wait for the lead's pretraining (pretrain.sh rewrites pretrain.done when all three autoencoders are trained)
while [ ! $R/pretrain.done -nt $R/pretrain.sh ]; do sleep 30; done
date -u > $R/dec-measure.started
for s in 1 2 3; do
  [ -f $R/dec-s$s/status.json ] && grep -q '"state" : "complete"' $R/dec-s$s/status.json || \
  sae train -m dec -d mnist -a dec --latent 10 --init-from $R/ae40-s$s -e 10 --batch-size 256 --validation 0 --seed $s \
      --plugins $P --progress=lines -o $R/dec-s$s > $R/dec-s$s.log 2>&1 || echo "failed dec-s$s"
  [ -f $R/ae50-s$s/status.json ] && grep -q '"state" : "complete"' $R/ae50-s$s/status.json || \
  sae train -m ae -d mnist -a dec --latent 10 --init-from $R/ae40-s$s -e 10 --batch-size 256 --validation 0 --seed $s \
      --progress=lines -o $R/ae50-s$s > $R/ae50-s$s.log 2>&1 || echo "failed ae50-s$s"
done
for s in 1 2 3; do
  for r in ae40 ae50 dec; do
    sae cluster --plugins $P $R/$r-s$s --restarts 10 > $R/$r-s$s-cluster.log 2>&1 || echo "failed cluster $r-s$s"
  done
  sae encode --plugins $P $R/dec-s$s --split test -o $R/dec-s$s-test.npy > $R/dec-s$s-encode.log 2>&1 || echo "failed encode dec-s$s"
  $JAVA_HOME/bin/java --enable-native-access=ALL-UNNAMED -cp /work/dec-runs/bin/sae-cli.jar:$P/sae-plugin-dec.jar:/work/dec-runs/bin/test-classes \
      com.example.dec.DecOwnReadout $R/dec-s$s $R/dec-s$s-test.npy > $R/dec-s$s-own.json 2> $R/dec-s$s-own.err || echo "failed own dec-s$s"
done
date -u > $R/dec-measure.done
