package io.sae.data;

import io.sae.api.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external command (npm, apt-get, dpkg) in a directory with a time limit, capturing its combined
 * output. A missing executable, a timeout or (with {@link #runChecked}) a non-zero exit code each end in one
 * {@link InvalidInputException} naming the command.
 */
public final class ProcessRunner {
  /** Output kept in memory; longer output keeps its end, where tools print their errors. */
  private static final int MAX_OUTPUT = 1 << 20;

  private ProcessRunner() {}

  /**
   * What a command did.
   *
   * @param exitCode the process exit code
   * @param output standard output and standard error, interleaved
   */
  public record Result(int exitCode, String output) {
    /** The last {@code lines} non-blank lines of the output, joined by " | " (for one-line messages). */
    public String tail(int lines) {
      List<String> all = output.lines().filter(l -> !l.isBlank()).map(String::strip).toList();
      return String.join(" | ", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
  }

  /** The file {@code executable} resolves to on {@code PATH}, or the path itself when it contains a slash. */
  public static Optional<Path> findOnPath(String executable) {
    if (executable.contains(File.separator)) {
      Path p = Path.of(executable);
      return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, executable);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Runs {@code command} in {@code workDir}.
   *
   * @throws InvalidInputException when the executable is not on PATH or the command runs past {@code timeout}
   *     (it is then killed with its children)
   */
  public static Result run(List<String> command, Path workDir, Duration timeout) throws IOException {
    String shown = String.join(" ", command);
    if (findOnPath(command.get(0)).isEmpty()) {
      throw new InvalidInputException("'" + command.get(0) + "' is not on PATH (needed to run: " + shown + ")");
    }
    Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close(); // no input: a tool that asks a question gets EOF instead of hanging
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Thread reader = Thread.ofVirtual().start(() -> drain(process.getInputStream(), captured));
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        kill(process);
        throw new InvalidInputException("'" + shown + "' did not finish within " + format(timeout) + " and was stopped");
      }
      reader.join(Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while running " + shown);
    }
    String output;
    synchronized (captured) {
      output = captured.toString(Charset.defaultCharset());
    }
    return new Result(process.exitValue(), output);
  }

  /**
   * Runs {@code command} like {@link #run} and requires exit code 0.
   *
   * @throws InvalidInputException as {@link #run}, and with the end of the output when the command fails
   */
  public static Result runChecked(List<String> command, Path workDir, Duration timeout) throws IOException {
    Result r = run(command, workDir, timeout);
    if (r.exitCode() != 0) {
      String tail = r.tail(3);
      throw new InvalidInputException(
          "'" + String.join(" ", command) + "' failed with exit code " + r.exitCode() + (tail.isEmpty() ? "" : ": " + tail));
    }
    return r;
  }

  private static void drain(InputStream in, ByteArrayOutputStream sink) {
    byte[] buffer = new byte[8192];
    try (in) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        synchronized (sink) {
          if (sink.size() + n > MAX_OUTPUT) {
            byte[] keep = sink.toByteArray();
            sink.reset();
            sink.write(keep, keep.length / 2, keep.length - keep.length / 2);
          }
          sink.write(buffer, 0, n);
        }
      }
    } catch (IOException e) {
      // the process was killed or closed its output: what was read so far is all there is
    }
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static String format(Duration d) {
    if (d.toMinutes() > 0 && d.toSecondsPart() == 0 && d.toMillisPart() == 0) {
      return d.toMinutes() + " min";
    }
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
