#!/usr/bin/env bash
# GPU check, ready for the day a CUDA machine is available (no GPU run has been measured by this project yet):
# builds the CLI with TensorFlow's CUDA natives (Maven profile linux-x86_64-gpu), then trains each MNIST preset on
# the GPU for one warm-up and one measured epoch (sae bench --device gpu --epochs 2) and prints samples/s and the
# devices the ops of a training step ran on. The raw results go to bench/gpu-check-<host>-<time>.json.
#
#   bench/gpu-check.sh            # from anywhere; needs a JDK >= 21, Maven, an NVIDIA driver and CUDA 12 runtime
#
# Exit status: 0 when both presets trained with ops on a GPU; 2 when no op ran on a GPU (no CUDA device TensorFlow
# can use: sae says so in one line); 1 when the build fails. Afterwards the tree's CLI jar carries the GPU natives;
# './sae' rebuilds the CPU jar once any source is newer, or run: mvn -q -DskipTests package -pl '!sae-spark,!sae-dist'.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=../.ci/find-jdk.sh
source .ci/find-jdk.sh
JAVA_HOME="$(sae_find_jdk)" || { echo "gpu-check: no JDK >= 21 found (set JAVA_HOME)" >&2; exit 1; }
export JAVA_HOME
if command -v nvidia-smi >/dev/null; then
  nvidia-smi -L || true
else
  echo "gpu-check: nvidia-smi not found (no NVIDIA driver?); trying anyway, TensorFlow decides"
fi
echo "gpu-check: building with -Plinux-x86_64-gpu ..."
MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
  mvn -B -q -Dstyle.color=never -Plinux-x86_64-gpu -DskipTests package -pl '!sae-spark,!sae-dist'
touch sae-cli/target/sae-cli.jar # built just now: keep ./sae from rebuilding it with the CPU natives
out="bench/gpu-check-$(hostname)-$(date -u +%Y%m%dT%H%M%SZ).json"
SAE_NO_BUILD=1 ./sae bench --device gpu --arch dense,conv --epochs 2 --hook-method none --json "$out"
