package io.sae.serve;

import io.sae.lab.Sae;
import io.sae.lab.TrainedRun;
import io.sae.lab.export.ExportOptions;
import io.sae.runtime.train.Training;
import java.nio.file.Path;

/** The small run every test class trains once: an autoencoder on an MNIST slice, 100 visible labels, and its export. */
final class TinyRun {
  private TinyRun() {}

  static Path cache() {
    return Path.of(System.getProperty("sae.cache.dir", System.getProperty("user.home") + "/.cache/sae"));
  }

  static Sae sae() {
    return Sae.open(Sae.Options.defaults().cacheDir(cache()).log(line -> {}));
  }

  /** mnist --limit 500,200, 1 epoch, dense:32, latent 10, 100 labels (so 400 are unlabelled), seed 1. */
  static Training training(Path out) {
    return Training.of("ae").dataset("mnist").architecture("dense:32").latent(10).limit(500, 200).labels(100).validation(0)
        .epochs(1).seed(1).into(out);
  }

  /** Trains into {@code dir/run} and, when {@code export}, exports to {@code dir/exports/ae}; returns the run folder. */
  static Path train(Sae sae, Path dir, boolean export) throws Exception {
    try (TrainedRun run = sae.train(training(dir.resolve("run")))) {
      if (export) {
        run.export(new ExportOptions(dir.resolve("exports/ae"), 1, false));
      }
      return run.path();
    }
  }
}
