package io.sae.lab.experiment;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.DataRequest;
import io.sae.runtime.run.OpenRun;
import io.sae.eval.plot.ScatterPlot;
import io.sae.eval.projection.Pca;
import io.sae.eval.projection.Tsne;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** 2-D views (PCA and t-SNE) of a run's test latents, coloured by class: one PNG per run and projection. */
public final class LatentViews {
  private LatentViews() {}

  /**
   * Writes {@code <prefix>-pca.png} and {@code <prefix>-tsne.png} for {@code points} seeded test samples,
   * coloured by the classes of {@code colourBy} (so an autoencoder trained without grouping shows the same
   * groups as the structured one); returns the file names.
   */
  public static List<String> write(SaeRuntime services, Path runPath, DataRequest colourBy, Path dir, String prefix, String title, int points, long seed)
      throws IOException {
    try (OpenRun run = OpenRun.open(services, runPath)) {
      Dataset test = colourBy.prepare(services).test();
      int[] rows = sample(test.size(), Math.min(points, Math.min(test.size(), Tsne.MAX_POINTS)), seed);
      FloatMatrix z = run.model().encode(test.features().rows(rows));
      int[] labels = IntStream.of(rows).map(test::label).toArray();
      List<String> files = new ArrayList<>();
      FloatMatrix pca = Pca.fit(z, 2).project(z);
      ScatterPlot.write(dir.resolve(prefix + "-pca.png"), pca, labels, test.classNames(), title + ", PCA");
      files.add(prefix + "-pca.png");
      FloatMatrix tsne = Tsne.defaults(seed).embed(z);
      ScatterPlot.write(dir.resolve(prefix + "-tsne.png"), tsne, labels, test.classNames(), title + ", t-SNE");
      files.add(prefix + "-tsne.png");
      return files;
    }
  }

  private static int[] sample(int n, int k, long seed) {
    int[] all = IntStream.range(0, n).toArray();
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < k; i++) {
      int j = i + r.nextInt(n - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] out = java.util.Arrays.copyOf(all, k);
    java.util.Arrays.sort(out);
    return out;
  }
}
