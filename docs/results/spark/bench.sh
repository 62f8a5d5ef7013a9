#!/usr/bin/env bash
# The benchmark of docs/spark.md: encoding throughput of 1,000,000 synthetic MNIST-size rows in one process and in
# Spark at local[1] and local[2], Spark's own cost per row (no model), and the latency of 100 queries over 1,000,000
# latents. Usage: docs/results/spark/bench.sh OUT.jsonl RUN  (RUN: a trained geometric run on MNIST, see docs/spark.md).
# Appends one JSON line per measurement to OUT.jsonl and the machine's load before and after each to OUT.load.txt.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
out="${1:?usage: bench.sh OUT.jsonl RUN}"
model="${2:?usage: bench.sh OUT.jsonl RUN}"
rows="${BENCH_ROWS:-1000000}"
load="${out%.jsonl}.load.txt"
step() { # $1: label, then the sae spark bench arguments
  local label="$1"; shift
  echo "$(date -u +%FT%TZ) before $label: load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$load"
  SAE_NO_BUILD=1 "$root/sae" spark bench "$@" --out "$out" > /dev/null 2>> "${out%.jsonl}.stderr.txt"
  echo "$(date -u +%FT%TZ) after  $label: load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$load"
}
echo "$(date -u +%FT%TZ) $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-)" >> "$load"
step single         encode --model "$model" --rows "$rows" --single
step spark-local1   encode --model "$model" --rows "$rows" --master 'local[1]'
step spark-local2   encode --model "$model" --rows "$rows" --master 'local[2]'
step rows-local1    encode --model "$model" --rows "$rows" --master 'local[1]' --rows-only
step rows-local2    encode --model "$model" --rows "$rows" --master 'local[2]' --rows-only
step search-euc-1   search --rows "$rows" --queries 100 --master 'local[1]'
step search-euc-2   search --rows "$rows" --queries 100 --master 'local[2]'
step search-p003-2  search --rows "$rows" --queries 100 --master 'local[2]' --metric paper003 --model "$model"
