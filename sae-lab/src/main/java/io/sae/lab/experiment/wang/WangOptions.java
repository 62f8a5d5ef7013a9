package io.sae.lab.experiment.wang;

import io.sae.api.InvalidInputException;
import io.sae.runtime.data.SampleLimit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of paper 004's experiment ({@code sae experiment wang}); checked when built.
 *
 * @param out experiment folder
 * @param datasets datasets ({@code mnist}, {@code fashion-mnist})
 * @param epochs epochs of every VAE run
 * @param arch body of every VAE (cvae needs a dense body)
 * @param latent latent size (at least one dimension per class)
 * @param classifierEpochs epochs of the real-data classifier
 * @param checkSamples class-conditional samples per class given to the classifier
 * @param count samples per row of the sample grids
 * @param viewPoints test samples per latent view
 * @param limit first samples of each dataset used (smoke runs)
 * @param seed seed of every run and of the sample noise
 */
public record WangOptions(Path out, List<String> datasets, int epochs, String arch, int latent, int classifierEpochs, int checkSamples, int count,
    int viewPoints, SampleLimit limit, long seed) {

  /** @throws InvalidInputException naming the setting out of range */
  public WangOptions {
    datasets = List.copyOf(datasets);
    for (String d : datasets) {
      if (!d.equals("mnist") && !d.equals("fashion-mnist")) {
        throw new InvalidInputException("--datasets takes mnist and fashion-mnist (the paper's), got '" + d + "'");
      }
    }
    if (epochs < 1 || classifierEpochs < 1 || checkSamples < 1 || count < 1 || latent < 10 || viewPoints < 100) {
      throw new InvalidInputException("--epochs, --classifier-epochs, --check-samples and --count must be positive, --latent at least 10"
          + " (one dimension per class first) and --view-points at least 100");
    }
  }

  /** The defaults of {@code sae experiment wang} into {@code out}: both datasets, 20 epochs, latent 20. */
  public static WangOptions defaults(Path out) {
    return new WangOptions(out, List.of("mnist", "fashion-mnist"), 20, "dense", 20, 10, 200, 16, 1500, SampleLimit.NONE, 1);
  }

  /** The {@code sae experiment wang} arguments that run this experiment. */
  public List<String> arguments() {
    List<String> a = new ArrayList<>(List.of("--out", out.toString(), "--datasets", String.join(",", datasets), "--epochs", String.valueOf(epochs),
        "--arch", arch, "--latent", String.valueOf(latent), "--classifier-epochs", String.valueOf(classifierEpochs),
        "--check-samples", String.valueOf(checkSamples), "--count", String.valueOf(count), "--view-points", String.valueOf(viewPoints)));
    if (!limit.equals(SampleLimit.NONE)) {
      a.addAll(List.of("--limit", limit.text()));
    }
    a.addAll(List.of("--seed", String.valueOf(seed)));
    return a;
  }
}
