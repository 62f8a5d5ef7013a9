#!/usr/bin/env bash
# Runs every ```bash block of README.md and docs/*.md, so that no command the docs show goes stale. The experiment
# pages under docs/results/ are left out: their commands are the experiments' own and run for hours.
#
# Each file's blocks run in order, in one fresh folder that links to this checkout's top-level entries, so
# `./sae ...` and `mvn ...` work as they do in a clone and everything the commands write stays in that folder.
# A line of `./run-tests` is skipped (this script runs inside it). A block right after a line
# `<!-- doc-commands: skip: REASON -->` is not run and the reason is printed: for blocks a test runs itself (the curl
# requests of docs/serving.md, which RestServerTest sends) or that cannot run here (a TF Serving binary, a cluster).
# A command line (`./sae`, `mvn`, `curl`, `$ `) in a block not tagged bash fails the check: a command is either run
# here or not shown as one.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SAE_CACHE_DIR="${SAE_CACHE_DIR:-$HOME/.cache/sae}"
per_block_seconds="${SAE_DOC_BLOCK_TIMEOUT:-900}"

files=("$root/README.md")
for f in "$root"/docs/*.md; do files+=("$f"); done
[ $# -gt 0 ] && files=("$@") # given files only (to check one page while editing it)

# build the CLI now if sources changed, from the checkout itself (the folders below cannot see what is newer)
"$root/sae" --version >/dev/null
"$root/sae" spark --version >/dev/null # the Spark commands have their own jar and class path
# and never from the folders: their links look newer than the jar to ./sae's check
export SAE_NO_BUILD=1
# the checkout's tracked top-level entries; never its own runs/ or exports/, which the commands would collide with
mapfile -t entries < <(cd "$root" && { git ls-files 2>/dev/null || ls -A; } | cut -d/ -f1 | sort -u | grep -vxE 'runs|exports|plugins')

status=0
blocks=0
skips=0
for file in "${files[@]}"; do
  rel="${file#"$root"/}"
  work="$(mktemp -d)"
  for entry in "${entries[@]}"; do
    ln -s "$root/$entry" "$work/$entry"
  done
  # extract: bash blocks to numbered files; command lines outside bash blocks are reported
  awk -v dir="$work" -v rel="$rel" '
    /^```/ {
      if (!open) {
        open = 1; tag = substr($0, 4)
        if (tag == "bash" && skip != "") { printf "doc-commands: %s block at line %d skipped: %s\n", rel, NR, skip; skipped++; tag = "skipped" }
        else if (tag == "bash") { n++; out = dir "/.block-" n ".sh"; printf "" > out; start[n] = NR }
        skip = ""; next
      }
      open = 0; tag = ""; next
    }
    !open && /^<!-- doc-commands: skip: .* -->$/ { skip = $0; sub(/^<!-- doc-commands: skip: /, "", skip); sub(/ -->$/, "", skip); next }
    !open && NF { skip = "" }
    open && tag == "bash" { if ($0 !~ /^[[:space:]]*\.\/run-tests([[:space:]]|$)/) print $0 >> out; next }
    open && tag != "skipped" && $0 ~ /^[[:space:]]*(\$ |\.\/sae |mvn |curl )/ { printf "%s line %d: a command in a block not tagged bash: %s\n", rel, NR, $0 > "/dev/stderr"; bad = 1 }
    END { for (i = 1; i <= n; i++) print i, start[i] > (dir "/.blocks"); print skipped + 0 > (dir "/.skipped"); exit bad }
  ' "$file" || status=1
  skips=$((skips + $(cat "$work/.skipped" 2>/dev/null || echo 0)))
  [ -f "$work/.blocks" ] || { rm -rf "$work"; continue; }
  while read -r i line; do
    blocks=$((blocks + 1))
    started=$(date +%s)
    if (cd "$work" && timeout "$per_block_seconds" bash -euo pipefail ".block-$i.sh" >"$work/.log-$i" 2>&1); then
      echo "doc-commands: $rel block at line $line ran ($(( $(date +%s) - started )) s)"
    else
      echo "doc-commands: $rel block at line $line FAILED; its commands:" >&2
      sed 's/^/    /' "$work/.block-$i.sh" >&2
      echo "  last output:" >&2
      tail -n 20 "$work/.log-$i" | sed 's/^/    /' >&2
      status=1
      break
    fi
  done < "$work/.blocks"
  rm -rf "$work"
done
echo "doc-commands: $blocks blocks run, $skips skipped with their reason, from ${#files[@]} files: $([ $status = 0 ] && echo 'all ran' || echo 'FAILED')"
exit $status
