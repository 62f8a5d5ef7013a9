package io.sae.cli.search;

import io.sae.lab.search.LatentIndex;
import io.sae.lab.search.Ranking;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.cli.CommonOptions;
import io.sae.runtime.SaeRuntime;
import io.sae.lab.evaluate.ConfiguredClusters;
import io.sae.runtime.run.OpenRun;
import io.sae.eval.plot.ImageGrid;
import io.sae.methods.geometric.ClassSimilarity;
import io.sae.methods.geometric.ClusterLayout;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sae search}: ranks an index by paper 003's latent similarity to a query sample, image or configured region. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Rank the samples of an index ('sae index') by their similarity to a query in the run's configured latent space",
      "(paper 003, Eqs. 11-15: class-similarity vectors from the distances to the configured centres, compared by",
      "sum of minima over the larger sum). The query is a sample of the index (--query ID), an image file",
      "(--query FILE.png, same size as the training images) or a configured region (--region CLASS: the centre of",
      "that class's cluster, no query image). Prints the ranking and writes a contact sheet (query first when there is one).",
      "Needs a run whose loss configured the clusters (method geometric).",
    })
public final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "RUN", description = "Run folder the index was built from.")
  Path runPath;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "Index folder written by 'sae index'.")
  Path indexDir;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Query query;

  static final class Query {
    @Option(names = "--query", paramLabel = "ID|FILE", description = "An index row number, or an image file.")
    String sample;

    @Option(names = "--region", paramLabel = "CLASS", description = "A class name or index: search by its configured region.")
    String region;
  }

  @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "How many results. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--boundary", paramLabel = "B", defaultValue = "0.79",
      description = "b_c, the similarity on a cluster's edge (Eq. 12). Default: ${DEFAULT-VALUE} (the paper's).")
  double boundary;

  @Option(names = "--sheet", paramLabel = "FILE.png", description = "Contact sheet to write. Default: search.png in the index folder.")
  Path sheet;

  @Override
  public Integer call() throws Exception {
    PrintWriter log = spec.commandLine().getOut();
    if (top < 1) {
      throw new InvalidInputException("--top must be at least 1, got " + top);
    }
    SaeRuntime services = common.services(log);
    LatentIndex idx = LatentIndex.read(indexDir);
    try (OpenRun run = OpenRun.open(services, runPath)) {
      idx.requireRun(runPath);
      int classes = run.config().facts().classCount();
      ConfiguredClusters cc = ConfiguredClusters.of(run.plan(), classes, run.model().info().latentDim()).orElseThrow(() ->
          new InvalidInputException("run " + runPath + " (method " + run.config().method()
              + ") has no configured clusters to measure similarity by; search needs a 'geometric' run"));
      double[] radii = new double[classes];
      for (int i = 0; i < classes; i++) {
        radii[i] = cc.radii()[i];
      }
      ClassSimilarity sim = new ClassSimilarity(new ClusterLayout(cc.centres(), radii), boundary);
      FloatMatrix z = idx.latents(indexDir);
      int[] labels = idx.labels(indexDir);

      float[] q;
      int exclude = -1;
      FloatMatrix queryImage = null;
      String what;
      if (query.region != null) {
        int c = classIndex(query.region, run.config().facts().classNames());
        q = cc.centres().row(c);
        what = "region of class " + run.config().facts().classNames().get(c);
      } else if (query.sample.matches("\\d+")) {
        exclude = Integer.parseInt(query.sample);
        if (exclude >= z.rows()) {
          throw new InvalidInputException("--query " + exclude + " is outside the index (0.." + (z.rows() - 1) + ")");
        }
        q = z.row(exclude);
        what = "sample " + exclude + (labels[exclude] >= 0 ? " (" + idx.classNames().get(labels[exclude]) + ")" : "");
      } else {
        queryImage = readImage(Path.of(query.sample), run.model().info().architecture().inputSize());
        q = run.model().encode(queryImage).row(0);
        what = "image " + query.sample;
      }
      Ranking.Hit[] hits = Ranking.top(sim, q, z, top, exclude);
      log.printf(Locale.ROOT, "query: %s, latent %s; similarity vector %s%n", what, fmt(q), fmt(sim.vector(q)));
      log.printf("%-5s %-8s %-16s %s%n", "rank", "id", "label", "similarity");
      for (int r = 0; r < hits.length; r++) {
        int y = labels[hits[r].row()];
        log.printf(Locale.ROOT, "%-5d %-8d %-16s %.4f%n", r + 1, hits[r].row(), y >= 0 ? idx.classNames().get(y) : "-", hits[r].similarity());
      }
      Dataset d = idx.load(services);
      int n = hits.length + (exclude >= 0 || queryImage != null ? 1 : 0);
      int size = d.dimension();
      float[] pix = new float[n * size];
      int at = 0;
      if (exclude >= 0) {
        System.arraycopy(d.features().row(exclude), 0, pix, 0, size);
        at = 1;
      } else if (queryImage != null) {
        System.arraycopy(queryImage.data(), 0, pix, 0, size);
        at = 1;
      }
      for (Ranking.Hit h : hits) {
        System.arraycopy(d.features().row(h.row()), 0, pix, (at++) * size, size);
      }
      Path png = sheet == null ? indexDir.resolve("search.png") : sheet;
      ImageGrid.write(png, new FloatMatrix(n, size, pix), imageShape(d.sampleShape()), Math.min(n, 11), 2);
      log.printf("wrote %s (%s)%n", png, n > hits.length ? "query, then the results by rank" : "results by rank");
    }
    return 0;
  }

  /** Flat samples whose size is a square (e.g. 784 from a .npy of flattened images) are drawn as square grey images. */
  private static int[] imageShape(int[] shape) {
    if (shape.length == 1) {
      int side = (int) Math.round(Math.sqrt(shape[0]));
      if (side * side == shape[0]) {
        return new int[] {side, side, 1};
      }
      throw new InvalidInputException("samples of " + shape[0] + " values are not images; no contact sheet can be drawn");
    }
    return shape;
  }

  private static int classIndex(String text, java.util.List<String> names) {
    int i = names.indexOf(text);
    if (i >= 0) {
      return i;
    }
    if (text.matches("\\d+") && Integer.parseInt(text) < names.size()) {
      return Integer.parseInt(text);
    }
    throw new InvalidInputException("--region " + text + ": not a class of the run (classes: " + String.join(", ", names) + ")");
  }

  /** A grey-level image of exactly the run's input size, scaled to [0, 1]. */
  private static FloatMatrix readImage(Path file, int inputSize) throws java.io.IOException {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException("--query " + file + ": neither an index row number nor an image file");
    }
    BufferedImage img = ImageIO.read(file.toFile());
    if (img == null) {
      throw new InvalidInputException("--query " + file + ": not an image Java can read (PNG, JPEG, BMP, GIF)");
    }
    if (img.getWidth() * img.getHeight() != inputSize) {
      throw new InvalidInputException("--query " + file + ": " + img.getWidth() + " x " + img.getHeight() + " pixels, the run's encoder takes "
          + inputSize + " grey values");
    }
    float[] v = new float[inputSize];
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        v[y * img.getWidth() + x] = (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255)) / (3f * 255f);
      }
    }
    return new FloatMatrix(1, inputSize, v);
  }

  private static String fmt(float[] v) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < v.length; i++) {
      b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v[i]));
    }
    return b.append("]").toString();
  }

  private static String fmt(double[] v) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < v.length; i++) {
      b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v[i]));
    }
    return b.append("]").toString();
  }
}
