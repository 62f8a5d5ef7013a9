package io.sae.lab.search;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.data.Sha256;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.run.OpenRun;
import java.io.IOException;
import java.nio.file.Path;

/** Builds a {@link LatentIndex}: encodes a database of samples with a run's encoder ({@code sae index}). */
public final class LatentIndexer {
  private LatentIndexer() {}

  /**
   * Opens the run at {@code runDir}, encodes the data {@code options} names and writes the index folder {@code out}.
   *
   * @throws InvalidInputException when the run cannot be opened or the data does not fit its encoder
   */
  public static IndexResult build(SaeRuntime runtime, Path runDir, IndexOptions options, Path out) throws IOException {
    try (OpenRun run = OpenRun.open(runtime, runDir)) {
      return build(runtime, run, options, out);
    }
  }

  /**
   * Encodes the data {@code options} names with {@code run}'s encoder and writes the index folder {@code out}
   * ({@code index.json}, {@code latents.npy}, {@code labels.npy}).
   *
   * @throws InvalidInputException when the data's sample size differs from the encoder's input size
   */
  public static IndexResult build(SaeRuntime runtime, OpenRun run, IndexOptions options, Path out) throws IOException {
    var data = run.config().data();
    boolean own = options.dataset() == null;
    String ds = own ? data.dataset() : options.dataset();
    String gr = own ? data.grouping() : options.grouping();
    // the run's own data keeps its --limit unless --limit is given
    int n = own && options.limit() == 0 ? (options.split().equals("train") ? data.trainLimit() : data.testLimit()) : options.limit();
    if (own) {
      run.config().requireUnchangedFiles(runtime); // the run's own files, as they were when it trained
    }
    Dataset d = LatentIndex.load(runtime, ds, gr, options.split(), data.seed(), n);
    int inputSize = run.model().info().architecture().inputSize();
    if (d.dimension() != inputSize) {
      throw new InvalidInputException("--dataset " + ds + " has " + d.dimension() + " values per sample, the run's encoder takes " + inputSize);
    }
    long t0 = System.nanoTime();
    FloatMatrix z = run.model().encode(d.features());
    LatentIndex idx = new LatentIndex(LatentIndex.FORMAT, run.dir().path().toAbsolutePath().normalize().toString(),
        Sha256.of(run.dir().weightsFile()), ds, gr, options.split(), data.seed(), n, z.rows(), z.cols(), d.classNames());
    idx.write(out, z, d.labels());
    // the time is taken after writing, as sae index always reported it
    return new IndexResult(out, idx, (System.nanoTime() - t0) / 1e9);
  }
}
