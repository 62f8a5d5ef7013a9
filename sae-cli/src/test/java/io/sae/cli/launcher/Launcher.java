package io.sae.cli.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs a shell launcher of the sae command (the source tree's {@code ./sae} or a distribution's {@code bin/sae}) as
 * a subprocess, as a user would, and captures its exit code, stdout and stderr separately.
 */
public record Launcher(Path script, Path workDir, Map<String, String> env) {

  /** The lines TensorFlow's native code prints at start-up (Abseil and tsl loggers), none of which a user should see. */
  public static final Pattern TF_NOISE = Pattern.compile(
      "absl|I0000|mlir|oneDNN|cpu_feature_guard|rebuild TensorFlow|This TensorFlow binary");

  /** One finished run. */
  public record Result(int exit, String out, String err) {

    /** Lines of stdout and stderr that look like TensorFlow start-up output. */
    public List<String> noise() {
      List<String> found = new ArrayList<>();
      for (String line : (out + "\n" + err).split("\n")) {
        if (TF_NOISE.matcher(line).find()) found.add(line);
      }
      return found;
    }

    public List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  public Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(script.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().putAll(env);
    Process p = pb.start();
    // Read both pipes to their end: the launcher's stderr filter is a process of its own that may write after the
    // JVM has exited, and end-of-file comes only when every writer has closed the pipe.
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
    String err = readAll(p.getErrorStream());
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Result(p.exitValue(), out.join(), err);
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
