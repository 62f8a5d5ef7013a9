package io.sae.runtime.bench.peer;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code peer-torch.py}, the PyTorch peer of the dense and conv presets (same networks, Adam 1e-3, MSE, batch
 * 128, Xavier-uniform weights), in its own process. The script ships inside this jar and is written to a temporary
 * file for each peer; its header says how to give torch the OpenMP OpenBLAS it should be measured with.
 */
public final class TorchPeer implements AutoCloseable {
  /** The presets the peer has a copy of. */
  public static final Set<String> MODELS = Set.of("dense", "conv");

  private static final String RESOURCE = "peer-torch.py";

  /** @throws InvalidInputException when the peer has no copy of {@code preset} */
  public static void requireModel(String preset) {
    if (!MODELS.contains(preset)) {
      throw new InvalidInputException("--peer compares the presets " + new java.util.TreeSet<>(MODELS) + " only, not '" + preset + "'");
    }
  }
  /** Unset for the peer, as its header says: they force OpenBLAS onto settings tuned for another CPU. */
  private static final List<String> DROPPED_ENV = List.of("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE");
  private static final long TIMEOUT_MINUTES = 60;

  private final String python;
  private final Path script;

  private TorchPeer(String python, Path script) {
    this.python = python;
    this.script = script;
  }

  /**
   * Finds a Python that imports torch: {@code $SAE_PYTHON} if set (and only it), else {@code python3} on the path,
   * else {@code /usr/bin/python3} (Debian's {@code python3-torch} installs there, beside other pythons on the path).
   *
   * @throws InvalidInputException when none imports torch
   */
  public static TorchPeer find() throws IOException {
    String chosen = System.getenv("SAE_PYTHON");
    List<String> candidates = chosen != null && !chosen.isBlank() ? List.of(chosen) : List.of("python3", "/usr/bin/python3");
    for (String candidate : candidates) {
      if (importsTorch(candidate)) {
        return new TorchPeer(candidate, extractScript());
      }
    }
    throw new InvalidInputException("--peer needs a Python with torch; none of " + candidates + " imports it (on Debian: apt-get install"
        + " python3-torch; SAE_PYTHON=/path/to/python chooses one)");
  }

  private static boolean importsTorch(String python) {
    try {
      Process p = new ProcessBuilder(python, "-c", "import torch").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0;
    } catch (IOException e) {
      return false; // no such program
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Path extractScript() throws IOException {
    Path file = Files.createTempFile("sae-peer-torch", ".py");
    try (InputStream in = TorchPeer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + RESOURCE);
      }
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  /** The Python the peer runs with. */
  public String python() {
    return python;
  }

  /** {@code LD_LIBRARY_PATH} as the peer sees it (where an OpenMP OpenBLAS would come from), or empty. */
  public static String libraryPath() {
    String v = System.getenv("LD_LIBRARY_PATH");
    return v == null ? "" : v;
  }

  /**
   * Trains the peer's copy of {@code model} on the MNIST IDX files in {@code mnistDir}.
   *
   * @param threads torch's intra-op threads
   * @throws InvalidInputException when the peer has no such model
   * @throws IOException when the peer cannot be started, fails, or prints something other than a peer's output
   */
  public PeerRun run(String model, int epochs, int threads, Path mnistDir) throws IOException {
    requireModel(model);
    ProcessBuilder pb = new ProcessBuilder(python, script.toString(), "--model", model, "--threads", String.valueOf(threads),
        "--epochs", String.valueOf(epochs), "--data", mnistDir.toString()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    DROPPED_ENV.forEach(env::remove);
    Process p = pb.start();
    List<String> lines = new ArrayList<>();
    try (var reader = p.inputReader(StandardCharsets.UTF_8)) {
      reader.lines().forEach(lines::add);
    }
    try {
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IOException("the PyTorch peer did not finish in " + TIMEOUT_MINUTES + " minutes");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the PyTorch peer ran", e);
    }
    if (p.exitValue() != 0) {
      throw new IOException("the PyTorch peer (" + python + " " + RESOURCE + " --model " + model + ") failed with exit code " + p.exitValue()
          + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
    }
    try {
      return PeerOutput.parse(lines);
    } catch (IllegalStateException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Deletes the temporary script. */
  @Override
  public void close() throws IOException {
    Files.deleteIfExists(script);
  }
}
