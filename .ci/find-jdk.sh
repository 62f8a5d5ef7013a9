# Sourced by ./sae and .ci/run: sae_find_jdk prints the home of a JDK >= 21 (JAVA_HOME first, then the
# default java, then /usr/lib/jvm/*), or fails.
sae_jdk_major() { # $1 = a JDK home; prints its major version
  local v
  v="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')"
  echo "${v%%.*}"
}
sae_find_jdk() {
  local candidates=() c m
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for c in /usr/lib/jvm/*; do candidates+=("$c"); done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    m="$(sae_jdk_major "$c")"
    if [ -n "$m" ] && [ "$m" -ge 21 ] 2>/dev/null; then
      echo "$c"
      return 0
    fi
  done
  return 1
}
