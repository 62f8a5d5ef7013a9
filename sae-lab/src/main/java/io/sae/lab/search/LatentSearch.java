package io.sae.lab.search;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ConfiguredLatentSpace;
import io.sae.api.method.LatentClusters;
import io.sae.api.method.LatentSimilarity;
import io.sae.eval.plot.ImageGrid;
import io.sae.lab.evaluate.ConfiguredClusters;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.run.OpenRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Ranks the samples of a {@link LatentIndex} by their similarity to a query in the run's configured latent space
 * (paper 003, Eqs. 11-15), and draws the results as a contact sheet ({@code sae search}). Needs a run whose
 * method configured clusters its loss pulled toward ({@link ConfiguredLatentSpace}, e.g. method {@code geometric}).
 */
public final class LatentSearch {
  private LatentSearch() {}

  /**
   * Reads the index at {@code indexDir}, opens the run at {@code runDir}, ranks and writes the contact sheet.
   *
   * @throws InvalidInputException when the index is not the run's, the run has no configured clusters or the query is invalid
   */
  public static SearchResult search(SaeRuntime runtime, Path runDir, Path indexDir, SearchOptions options) throws IOException {
    LatentIndex idx = LatentIndex.read(indexDir);
    try (OpenRun run = OpenRun.open(runtime, runDir)) {
      SearchRanking ranking = rank(runtime, run, idx, indexDir, options);
      return new SearchResult(ranking, writeSheet(runtime, idx, indexDir, ranking, options.sheet()));
    }
  }

  /**
   * The {@code options.top()} index rows most similar to the query; ties are broken by Euclidean distance, then by row.
   *
   * @param runtime the method registry (the run's method says which clusters it configured)
   * @param idx the index, read from {@code indexDir}
   * @throws InvalidInputException when the index was built from other weights, the run has no configured clusters,
   *     or the query names no class, no row of the index or no readable image of the run's input size
   */
  public static SearchRanking rank(SaeRuntime runtime, OpenRun run, LatentIndex idx, Path indexDir, SearchOptions options) throws IOException {
    Path runPath = run.dir().path();
    idx.requireRun(runPath);
    LatentClusters clusters = ConfiguredClusters.trainedToward(runtime, run.config()).orElseThrow(() ->
        new InvalidInputException("run " + runPath + " (method " + run.config().method()
            + ") has no configured clusters to measure similarity by; search needs a 'geometric' run"));
    LatentSimilarity sim = clusters.similarity(options.boundary());
    FloatMatrix z = idx.latents(indexDir);
    int[] labels = idx.labels(indexDir);

    float[] q;
    int exclude = -1;
    FloatMatrix queryImage = null;
    String what;
    switch (options.query()) {
      case SearchQuery.Region r -> {
        List<String> names = run.config().facts().classNames();
        int c = classIndex(r.className(), names);
        q = clusters.centres().row(c);
        what = "region of class " + names.get(c);
      }
      case SearchQuery.Row r -> {
        exclude = r.row();
        if (exclude >= z.rows()) {
          throw new InvalidInputException("--query " + exclude + " is outside the index (0.." + (z.rows() - 1) + ")");
        }
        q = z.row(exclude);
        what = "sample " + exclude + (labels[exclude] >= 0 ? " (" + idx.classNames().get(labels[exclude]) + ")" : "");
      }
      case SearchQuery.Image i -> {
        queryImage = QueryImages.read(i.file(), run.model().info().architecture().inputSize());
        q = run.model().encode(queryImage).row(0);
        what = "image " + i.file();
      }
    }
    Ranking.Hit[] top = Ranking.top(sim, q, z, options.top(), exclude);
    List<SearchHit> hits = new ArrayList<>();
    for (int r = 0; r < top.length; r++) {
      int y = labels[top[r].row()];
      hits.add(new SearchHit(r + 1, top[r].row(), y >= 0 ? Optional.of(idx.classNames().get(y)) : Optional.empty(), top[r].similarity()));
    }
    return new SearchRanking(what, q, sim.vector(q), hits, exclude >= 0 ? OptionalInt.of(exclude) : OptionalInt.empty(),
        Optional.ofNullable(queryImage));
  }

  /**
   * Draws the query (when it has pixels) and the results by rank as a PNG, 11 tiles a row at most.
   *
   * @param sheet the PNG to write, or null for {@code search.png} in {@code indexDir}
   * @return the file written
   * @throws InvalidInputException when the indexed samples are not images
   */
  public static Path writeSheet(SaeRuntime runtime, LatentIndex idx, Path indexDir, SearchRanking ranking, Path sheet) throws IOException {
    Dataset d = idx.load(runtime);
    List<SearchHit> hits = ranking.hits();
    int n = hits.size() + (ranking.hasQueryPixels() ? 1 : 0);
    int size = d.dimension();
    float[] pix = new float[n * size];
    int at = 0;
    if (ranking.queryRow().isPresent()) {
      System.arraycopy(d.features().row(ranking.queryRow().getAsInt()), 0, pix, 0, size);
      at = 1;
    } else if (ranking.queryImage().isPresent()) {
      System.arraycopy(ranking.queryImage().get().data(), 0, pix, 0, size);
      at = 1;
    }
    for (SearchHit h : hits) {
      System.arraycopy(d.features().row(h.row()), 0, pix, (at++) * size, size);
    }
    Path png = sheet == null ? indexDir.resolve("search.png") : sheet;
    ImageGrid.write(png, new FloatMatrix(n, size, pix), QueryImages.shape(d.sampleShape()), Math.min(n, 11), 2);
    return png;
  }

  /** A class given by name, or by index when no class has that name. */
  private static int classIndex(String text, List<String> names) {
    int i = names.indexOf(text);
    if (i >= 0) {
      return i;
    }
    if (text.matches("\\d+") && Integer.parseInt(text) < names.size()) {
      return Integer.parseInt(text);
    }
    throw new InvalidInputException("--region " + text + ": not a class of the run (classes: " + String.join(", ", names) + ")");
  }
}
