package io.sae.eval.plot;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.eval.internal.Checks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A 2-D scatter plot of latent codes (or their projection), one colour per class with a legend, written as a
 * PNG. At most {@link Options#maxPoints()} points are drawn (default {@value #DEFAULT_MAX_POINTS}, a seeded
 * uniform subsample) so that plots of 60,000 codes stay readable and fast. Points labelled
 * {@link Dataset#UNLABELED} are drawn in grey beneath the classes, as "unlabelled"; classes are drawn in
 * index order, so later classes overdraw earlier ones where they overlap.
 */
public final class ScatterPlot {
  /** Default cap on the points drawn. */
  public static final int DEFAULT_MAX_POINTS = 5000;

  static {
    Png.init();
  }

  /**
   * Drawing options.
   *
   * @param width image width in pixels
   * @param height image height in pixels
   * @param maxPoints most points drawn
   * @param seed seed of the subsample
   */
  public record Options(int width, int height, int maxPoints, long seed) {
    /** 800 x 600 pixels, {@value #DEFAULT_MAX_POINTS} points, seed 0. */
    public static final Options DEFAULT = new Options(800, 600, DEFAULT_MAX_POINTS, 0L);

    public Options {
      if (width < 50 || height < 50) {
        throw new IllegalArgumentException("plot size " + width + "x" + height + " is too small (50x50 at least)");
      }
      if (maxPoints < 1) {
        throw new IllegalArgumentException("maxPoints must be positive, got " + maxPoints);
      }
    }
  }

  private ScatterPlot() {}

  /** {@link #write(Path, FloatMatrix, int[], List, String, Options)} with {@link Options#DEFAULT}. */
  public static void write(Path png, FloatMatrix xy2, int[] labels, List<String> classNames, String title)
      throws IOException {
    write(png, xy2, labels, classNames, title, Options.DEFAULT);
  }

  /**
   * Draws the rows of {@code xy2} (x, y) coloured by {@code labels} and writes the PNG.
   *
   * @param xy2 one row per point, exactly 2 columns, all finite
   * @param labels one per row, in {@code [0, classNames.size())} or {@link Dataset#UNLABELED}
   * @param classNames legend entries, by class index
   * @throws InvalidInputException when shapes or labels are wrong or there is nothing to draw
   * @throws IOException when the file cannot be written
   */
  public static void write(
      Path png, FloatMatrix xy2, int[] labels, List<String> classNames, String title, Options options)
      throws IOException {
    if (xy2.cols() != 2) {
      throw new InvalidInputException("scatter plot: points need 2 columns (x, y), got " + xy2.cols());
    }
    Checks.oneLabelPerRow("scatter plot", xy2, labels);
    Checks.finite("scatter plot points", xy2);
    if (xy2.rows() == 0) {
      throw new InvalidInputException("scatter plot " + png + ": no points to draw");
    }
    int classes = classNames.size();
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] != Dataset.UNLABELED) {
        Checks.classIndex("scatter plot", labels[i], i, classes);
      }
    }
    int[] drawn = subsample(xy2.rows(), options.maxPoints(), options.seed());

    XYChart chart = new XYChartBuilder().width(options.width()).height(options.height()).title(title)
        .xAxisTitle("").yAxisTitle("").build();
    XYStyler styler = chart.getStyler();
    styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    styler.setPlotGridLinesVisible(false);
    styler.setMarkerSize(4);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setChartBackgroundColor(java.awt.Color.WHITE);
    addClass(chart, xy2, labels, drawn, Dataset.UNLABELED, "unlabelled", Palette.UNLABELLED);
    for (int c = 0; c < classes; c++) {
      addClass(chart, xy2, labels, drawn, c, classNames.get(c), Palette.of(c));
    }
    Png.write(chart, png);
  }

  private static void addClass(
      XYChart chart, FloatMatrix xy, int[] labels, int[] drawn, int label, String name, java.awt.Color colour) {
    double[] x = new double[drawn.length];
    double[] y = new double[drawn.length];
    int n = 0;
    for (int i : drawn) {
      if (labels[i] == label) {
        x[n] = xy.get(i, 0);
        y[n] = xy.get(i, 1);
        n++;
      }
    }
    if (n == 0) {
      return;
    }
    String seriesName = name;
    for (int k = 2; chart.getSeries(seriesName) != null; k++) {
      seriesName = name + " (" + k + ")";
    }
    XYSeries series = chart.addSeries(seriesName, Arrays.copyOf(x, n), Arrays.copyOf(y, n));
    series.setMarker(SeriesMarkers.CIRCLE);
    series.setMarkerColor(colour);
  }

  /** All rows when there are at most {@code max}, else {@code max} of them chosen uniformly, in row order. */
  static int[] subsample(int rows, int max, long seed) {
    int[] all = new int[rows];
    for (int i = 0; i < rows; i++) {
      all[i] = i;
    }
    if (rows <= max) {
      return all;
    }
    Random random = new Random(seed);
    for (int i = 0; i < max; i++) {
      int j = i + random.nextInt(rows - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] chosen = Arrays.copyOf(all, max);
    Arrays.sort(chosen);
    return chosen;
  }
}
