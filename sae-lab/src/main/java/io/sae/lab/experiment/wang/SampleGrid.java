package io.sae.lab.experiment.wang;

import io.sae.api.data.FloatMatrix;
import io.sae.eval.plot.ImageGrid;
import io.sae.lab.sample.PriorSamples;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.run.OpenRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What {@code sae sample RUN --count N --seed S --out PNG} writes: decoded draws from the run's prior, one row per
 * class or cluster when the method has them, else one row from N(0, I). The same computation as the command
 * (through {@link PriorSamples}), kept here until the command's logic is a library class the experiment can call.
 */
final class SampleGrid {
  private SampleGrid() {}

  static void write(SaeRuntime services, Path runPath, int count, long seed, Path png, Consumer<String> log) throws IOException {
    try (OpenRun run = OpenRun.open(services, runPath)) {
      PriorSamples samples = new PriorSamples(run, services);
      List<FloatMatrix> rows = samples.drawAll(samples.natural(), count, seed);
      int width = rows.getFirst().cols();
      float[] tiles = new float[rows.size() * count * width];
      for (int r = 0; r < rows.size(); r++) {
        System.arraycopy(rows.get(r).data(), 0, tiles, r * count * width, count * width);
      }
      ImageGrid.write(png, new FloatMatrix(rows.size() * count, width, tiles), run.config().facts().sampleShape(), count, 2);
      log.accept(String.format(Locale.ROOT, "wrote %s: %d x %d samples, noise seed %d", png, rows.size(), count, seed));
    }
  }
}
