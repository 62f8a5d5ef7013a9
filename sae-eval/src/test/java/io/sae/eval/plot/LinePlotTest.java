package io.sae.eval.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.training.EpochMetrics;
import io.sae.api.training.History;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinePlotTest {
  @TempDir Path dir;

  @Test
  void drawsNamedSeries() throws Exception {
    Map<String, double[]> series = new LinkedHashMap<>();
    series.put("loss", new double[] {1.0, 0.6, 0.4, 0.3, 0.25});
    series.put("val_loss", new double[] {1.1, 0.7, Double.NaN, 0.45, 0.4});
    Path png = dir.resolve("loss.png");
    LinePlot.write(png, "training", "epoch", series);
    BufferedImage image = Images.read(png, LinePlot.WIDTH, LinePlot.HEIGHT);
    assertThat(Images.colours(image).size()).isGreaterThan(5);
    assertThat(Images.contains(image, 0x1f77b4)).isTrue();
    assertThat(Images.contains(image, 0xff7f0e)).isTrue();
  }

  @Test
  void drawsAHistory() throws Exception {
    History history = History.empty();
    for (int e = 0; e < 60; e++) {
      Map<String, Double> values = e % 10 == 0
          ? Map.of("loss", 1.0 / (e + 1), "val_accuracy", 0.5 + e / 200.0)
          : Map.of("loss", 1.0 / (e + 1));
      history = history.plus(new EpochMetrics(e, values, 1, 0, 100));
    }
    Path png = dir.resolve("history.png");
    LinePlot.write(png, "run", history, List.of("loss", "val_accuracy", "missing"));
    BufferedImage image = Images.read(png, LinePlot.WIDTH, LinePlot.HEIGHT);
    assertThat(Images.colours(image).size()).isGreaterThan(5);
  }

  /** 12 series: 4 past the legend's 8 rows, so the image is 4 * 20 px taller and the plot keeps its height. */
  @Test
  void manySeriesGrowTheImageForTheLegend() throws Exception {
    Map<String, double[][]> series = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      series.put("method-" + i, new double[][] {{600, 6000}, {40 - i, 30 - i}});
    }
    Path png = dir.resolve("many.png");
    LinePlot.writeXyLogX(png, "error by labels", "labels", series);
    Images.read(png, LinePlot.WIDTH, LinePlot.HEIGHT + 80);
  }

  @Test
  void singlePointSeriesIsDrawn() throws Exception {
    Path png = dir.resolve("one.png");
    LinePlot.write(png, "one epoch", "epoch", Map.of("loss", new double[] {0.5}));
    Images.read(png, LinePlot.WIDTH, LinePlot.HEIGHT);
  }

  @Test
  void rejectsSeriesWithoutFiniteValues() {
    Path png = dir.resolve("none.png");
    assertThatThrownBy(() -> LinePlot.write(png, "t", "epoch", Map.of("loss", new double[] {Double.NaN})))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("finite");
    assertThatThrownBy(() -> LinePlot.write(png, "t", "epoch", Map.of()))
        .isInstanceOf(InvalidInputException.class);
    assertThat(png).doesNotExist();
  }

  @Test
  void logarithmicXAxisTakesPositiveValuesOnly() throws Exception {
    Path png = dir.resolve("labels.png");
    LinePlot.writeXyLogX(png, "error by labels", "labels", Map.of("sae", new double[][] {{540, 900, 2700, 5400, 54000}, {3.8, 3.0, 1.9, 1.5, 1.0}}));
    assertThat(Images.contains(Images.read(png, LinePlot.WIDTH, LinePlot.HEIGHT), 0x1f77b4)).isTrue();
    Path bad = dir.resolve("bad.png");
    assertThatThrownBy(() -> LinePlot.writeXyLogX(bad, "t", "x", Map.of("s", new double[][] {{0, 1}, {1, 2}})))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("positive");
    assertThat(bad).doesNotExist();
  }
}
