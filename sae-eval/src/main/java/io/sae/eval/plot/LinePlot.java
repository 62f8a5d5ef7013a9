package io.sae.eval.plot;

import io.sae.api.InvalidInputException;
import io.sae.api.training.History;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Line charts of per-epoch series (training curves) as PNG, 800 x 500 pixels. Non-finite values (e.g. an
 * epoch that lacks a metric) are left out and the line joins their neighbours; series without a finite value
 * are omitted. Series are drawn in the map's iteration order.
 */
public final class LinePlot {
  /** Image width in pixels. */
  public static final int WIDTH = 800;

  /** Image height in pixels with up to {@link #LEGEND_ROWS} series. */
  public static final int HEIGHT = 500;
  /** Series the legend holds within {@link #HEIGHT}; each one more adds {@link #LEGEND_ROW_PX} to the image. */
  static final int LEGEND_ROWS = 8;
  static final int LEGEND_ROW_PX = 20;

  static {
    Png.init();
  }

  private LinePlot() {}

  /**
   * Draws each series against its 0-based index (the epoch index for training curves).
   *
   * @param series named values, in drawing order
   * @throws InvalidInputException when no series has a finite value
   * @throws IOException when the file cannot be written
   */
  public static void write(Path png, String title, String xLabel, Map<String, double[]> series) throws IOException {
    Map<String, double[][]> xy = new LinkedHashMap<>();
    series.forEach((name, values) -> {
      double[] x = new double[values.length];
      for (int i = 0; i < x.length; i++) {
        x[i] = i;
      }
      xy.put(name, new double[][] {x, values});
    });
    draw(png, title, xLabel, xy, false);
  }

  /**
   * Draws the named metrics of a training history against the epoch number, counted from 1 as the CLI and
   * {@code history.csv} count it.
   *
   * @param metrics metric names, e.g. {@code loss} and {@code val_loss}; names no epoch has are skipped
   * @throws InvalidInputException when none of the metrics has a finite value
   * @throws IOException when the file cannot be written
   */
  public static void write(Path png, String title, History history, List<String> metrics) throws IOException {
    double[] epochs = history.epochs().stream().mapToDouble(e -> e.epoch() + 1).toArray();
    Map<String, double[][]> xy = new LinkedHashMap<>();
    for (String metric : metrics) {
      xy.put(metric, new double[][] {epochs, history.series(metric)});
    }
    draw(png, title, "epoch", xy, false);
  }

  /**
   * Draws each series against its own x values.
   *
   * @param series name to {x values, y values} of equal length
   */
  public static void writeXy(Path png, String title, String xLabel, Map<String, double[][]> series) throws IOException {
    draw(png, title, xLabel, series, false);
  }

  /** As {@link #writeXy}, with a logarithmic x axis (x values must be positive), e.g. for label counts. */
  public static void writeXyLogX(Path png, String title, String xLabel, Map<String, double[][]> series) throws IOException {
    for (Map.Entry<String, double[][]> e : series.entrySet()) {
      for (double x : e.getValue()[0]) {
        if (!(x > 0)) {
          throw new InvalidInputException("line plot " + png + ": a logarithmic x axis needs positive x values, series " + e.getKey() + " has " + x);
        }
      }
    }
    draw(png, title, xLabel, series, true);
  }

  private static void draw(Path png, String title, String xLabel, Map<String, double[][]> series, boolean logX) throws IOException {
    // the legend sits below the plot: past LEGEND_ROWS series the image grows instead of squashing the plot
    int height = HEIGHT + LEGEND_ROW_PX * Math.max(0, series.size() - LEGEND_ROWS);
    XYChart chart = new XYChartBuilder().width(WIDTH).height(height).title(title).xAxisTitle(xLabel).yAxisTitle("")
        .build();
    XYStyler styler = chart.getStyler();
    styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    styler.setMarkerSize(5);
    // below the plot: inside, the legend hid the top-right corner where reliability curves end
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setChartBackgroundColor(java.awt.Color.WHITE);
    styler.setXAxisLogarithmic(logX);
    int index = 0;
    for (Map.Entry<String, double[][]> e : series.entrySet()) {
      double[] x = e.getValue()[0];
      double[] y = e.getValue()[1];
      double[] fx = new double[y.length];
      double[] fy = new double[y.length];
      int n = 0;
      for (int i = 0; i < y.length; i++) {
        if (Double.isFinite(y[i]) && Double.isFinite(x[i])) {
          fx[n] = x[i];
          fy[n] = y[i];
          n++;
        }
      }
      if (n == 0) {
        continue;
      }
      XYSeries s = chart.addSeries(e.getKey(), Arrays.copyOf(fx, n), Arrays.copyOf(fy, n));
      s.setLineColor(Palette.of(index));
      s.setMarkerColor(Palette.of(index));
      s.setMarker(n <= 40 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
      index++;
    }
    if (index == 0) {
      throw new InvalidInputException("line plot " + png + ": none of the series " + series.keySet() + " has a finite value");
    }
    Png.write(chart, png);
  }
}
