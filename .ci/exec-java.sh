# Sourced by ./sae and by the distribution's bin/sae: sae_exec_java JAVA_HOME ARGS... replaces the shell with
# "$JAVA_HOME/bin/java" and the JVM flags TensorFlow Java needs, keeping TensorFlow's native start-up lines off
# stderr unless --debug is among the arguments or SAE_DEBUG=1.
#
# Why a filter: TF_CPP_MIN_LOG_LEVEL=2 silences TensorFlow's own (tsl) INFO/WARNING lines (oneDNN notice, CPU
# feature guard), but two lines come from Abseil's logger, which reads no environment variable:
#   WARNING: All log messages before absl::InitializeLog() is called are written to STDERR
#   I0000 00:00:1796171897.439200    6859 mlir_graph_optimization_pass.cc:401] MLIR V1 optimization pass is not enabled
# Native code writes them to fd 2, out of reach of a Java-side filter, so stderr goes through grep (line-buffered):
# Abseil's INFO and WARNING lines and its "before InitializeLog" notice are dropped; its ERROR/FATAL lines and
# everything else are kept. exec keeps the JVM's process id, exit code and signal handling.
SAE_TF_NOISE='^(WARNING: All log messages before absl::InitializeLog\(\) is called are written to STDERR|[IW][0-9]{4} [0-9:.]+ +[0-9]+ [^ ]+:[0-9]+\] )'

sae_debug_requested() { # ARGS...: true when --debug is an argument or SAE_DEBUG=1
  [ "${SAE_DEBUG:-}" = 1 ] && return 0
  local a
  for a in "$@"; do [ "$a" = --debug ] && return 0; done
  return 1
}

sae_exec_java() { # JAVA_HOME ARGS...
  local java="$1/bin/java"
  shift
  local flags=(--enable-native-access=ALL-UNNAMED)
  "$java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1 && flags+=(--sun-misc-unsafe-memory-access=allow)
  if ! sae_debug_requested "$@"; then
    # TensorFlow's own INFO/WARNING lines (oneDNN, CPU features); a user's setting wins
    export TF_CPP_MIN_LOG_LEVEL="${TF_CPP_MIN_LOG_LEVEL:-2}"
    exec 2> >(LC_ALL=C grep --line-buffered -v -E "$SAE_TF_NOISE" >&2)
  fi
  # shellcheck disable=SC2086
  exec "$java" "${flags[@]}" -Xmx8g ${SAE_JAVA_OPTS:-} "$@"
}
