package io.sae.runtime.encode;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.data.io.CsvWriter;
import io.sae.data.io.NpyWriter;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Latent codes of a run's data split, after its grouping, written to .npy or CSV ({@code sae encode}). */
public final class Encoding {
  private Encoding() {}

  /** Opens the run at {@code runDir} and encodes; see {@link #encode(SaeRuntime, OpenRun, EncodeOptions)}. */
  public static EncodeResult encode(SaeRuntime runtime, Path runDir, EncodeOptions options) throws IOException {
    try (OpenRun run = OpenRun.open(runtime, runDir)) {
      return encode(runtime, run, options);
    }
  }

  /**
   * Encodes the split of the run's own data and writes the latents: a float32 .npy and its int32
   * {@code NAME-labels.npy}, or a CSV with columns x0..x(D-1) (the latent values) and label.
   *
   * @throws InvalidInputException when the split is neither train nor test
   */
  public static EncodeResult encode(SaeRuntime runtime, OpenRun run, EncodeOptions options) throws IOException {
    PreparedData data = run.config().prepareData(runtime);
    Dataset d = switch (options.split()) {
      case "train" -> data.fullTrain();
      case "test" -> data.test();
      default -> throw new InvalidInputException("--split must be train or test, got '" + options.split() + "'");
    };
    long t0 = System.nanoTime();
    FloatMatrix z = run.model().encode(d.features());
    double seconds = (System.nanoTime() - t0) / 1e9;
    Path out = options.out();
    Optional<Path> labels = Optional.empty();
    if (options.npy()) {
      NpyWriter.writeMatrix(out, z);
      String name = out.getFileName().toString();
      labels = Optional.of(out.resolveSibling(name.substring(0, name.length() - 4) + "-labels.npy"));
      NpyWriter.writeLabels(labels.get(), d.labels());
    } else {
      CsvWriter.write(out, z, d.labels());
    }
    return new EncodeResult(out, labels, z.rows(), z.cols(), seconds);
  }
}
