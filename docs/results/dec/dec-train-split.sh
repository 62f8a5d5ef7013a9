#!/bin/bash
# Extra: the same measures on the 60,000 training images (the data the runs trained on, closer to the paper's protocol,
# which clusters the data DEC trained on), for the control and DEC.
set -u
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 SAE_CACHE_DIR=$HOME/.cache/sae TF_CPP_MIN_LOG_LEVEL=2
sae() { $JAVA_HOME/bin/java --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xmx8g -jar /work/dec-runs/bin/sae-cli.jar "$@"; }
P=/work/dec-runs/plugins
R=/work/dec-runs
cd /work/wt-dec
for s in 1 2 3; do
  for r in ae50 dec; do
    sae cluster --plugins $P $R/$r-s$s --split train --restarts 10 > $R/$r-s$s-cluster-train.log 2>&1 || echo "failed cluster-train $r-s$s"
  done
  sae encode --plugins $P $R/dec-s$s --split train -o $R/dec-s$s-train.npy > $R/dec-s$s-encode-train.log 2>&1 || echo "failed encode-train dec-s$s"
  $JAVA_HOME/bin/java --enable-native-access=ALL-UNNAMED -cp /work/dec-runs/bin/sae-cli.jar:$P/sae-plugin-dec.jar:/work/dec-runs/bin/test-classes \
      com.example.dec.DecOwnReadout $R/dec-s$s $R/dec-s$s-train.npy > $R/dec-s$s-own-train.json 2> $R/dec-s$s-own-train.err || echo "failed own-train dec-s$s"
done
date -u > $R/dec-train-split.done
