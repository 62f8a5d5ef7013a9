package io.sae.lab.sample;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.eval.plot.ImageGrid;
import io.sae.lab.sample.PriorSamples.Select;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.run.OpenRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Decodes draws from a variational run's prior and writes them as a PNG grid ({@code sae sample}; paper 004, Figs. 4-6). */
public final class SampleGrid {
  private SampleGrid() {}

  /** Opens the run at {@code runDir} and draws; see {@link #draw(SaeRuntime, OpenRun, SampleOptions)}. */
  public static SampleResult draw(SaeRuntime runtime, Path runDir, SampleOptions options) throws IOException {
    try (OpenRun run = OpenRun.open(runtime, runDir)) {
      return draw(runtime, run, options);
    }
  }

  /**
   * Draws the rows {@code options} selects and writes the grid, one row of {@code options.count()} samples each.
   *
   * @throws InvalidInputException when the run has no prior, or the class or cluster does not fit the run's method
   */
  public static SampleResult draw(SaeRuntime runtime, OpenRun run, SampleOptions options) throws IOException {
    PriorSamples samples = new PriorSamples(run, runtime);
    long s = options.seed() != null ? options.seed() : run.config().seed();
    int count = options.count();
    List<FloatMatrix> rows;
    String what;
    String name;
    if (options.className() != null) {
      int c = run.config().facts().classIndex(options.className());
      rows = List.of(samples.draw(Select.CLASS, c, count, s));
      what = "class " + options.className();
      name = "samples-class-" + options.className().replaceAll("[^A-Za-z0-9_-]", "_");
    } else if (options.cluster() != null) {
      rows = List.of(samples.draw(Select.CLUSTER, options.cluster(), count, s));
      what = "cluster " + options.cluster();
      name = "samples-cluster-" + options.cluster();
    } else {
      Select select = samples.natural();
      rows = samples.drawAll(select, count, s);
      what = switch (select) {
        case CLASS -> "one row per class";
        case CLUSTER -> "one row per cluster";
        case NONE -> "N(0, I)";
      };
      name = "samples";
    }
    int width = rows.getFirst().cols();
    float[] tiles = new float[rows.size() * count * width];
    for (int r = 0; r < rows.size(); r++) {
      System.arraycopy(rows.get(r).data(), 0, tiles, r * count * width, count * width);
    }
    Path png = options.out() != null ? options.out() : run.dir().path().resolve(name + ".png");
    ImageGrid.write(png, new FloatMatrix(rows.size() * count, width, tiles), run.config().facts().sampleShape(), count, 2);
    return new SampleResult(png, rows, count, what, s);
  }

}
