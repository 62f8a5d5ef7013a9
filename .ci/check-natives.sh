#!/usr/bin/env bash
# Checks that every native-platform profile of the root pom resolves (TensorFlow's and javacpp's classifier jars
# for that platform) and selects the classifiers it should. Run by .ci/run after ./run-tests (which compiled the
# modules this needs). The natives are only downloaded, not run: linux-x86_64 is the only platform tested here.
# First run: ~1.1 GB of jars into the local Maven repository (docs/install.md has the measured time).
set -euo pipefail
cd "$(dirname "$0")/.."
profiles=(linux-x86_64 linux-arm64 macosx-arm64 windows-x86_64 linux-x86_64-gpu)
for p in "${profiles[@]}"; do
  # this profile on, every other platform profile off, whatever the host's OS activated
  sel="$p"
  for q in "${profiles[@]}"; do [ "$q" = "$p" ] || sel+=",!$q"; done
  javacpp="${p%-gpu}"
  out="sae-tf/target/natives-$p.txt"
  start=$(date +%s)
  mvn -B -q -Dstyle.color=never -P "$sel" -pl sae-tf -am -Dmaven.main.skip=true -Denforcer.skip=true \
    compile dependency:list -DincludeGroupIds=org.tensorflow,org.bytedeco -DoutputFile="$PWD/$out" -DappendOutput=false \
    2>&1 | sed $'s/\e\\[[0-9;]*m//g'
  grep -q "org.tensorflow:tensorflow-core-native:jar:$p:1.1.0" "$out" \
    || { echo "natives: profile $p did not select tensorflow-core-native:$p" >&2; cat "$out" >&2; exit 1; }
  grep -q "org.bytedeco:javacpp:jar:$javacpp:" "$out" \
    || { echo "natives: profile $p did not select javacpp:$javacpp" >&2; cat "$out" >&2; exit 1; }
  echo "natives: profile $p resolves (tensorflow-core-native:$p, javacpp:$javacpp) in $(( $(date +%s) - start )) s"
done
