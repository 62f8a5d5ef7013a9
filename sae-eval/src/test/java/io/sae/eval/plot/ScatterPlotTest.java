package io.sae.eval.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScatterPlotTest {
  @TempDir Path dir;

  @Test
  void writesAColouredPngWithTheDefaultSize() throws Exception {
    Random r = new Random(1);
    int n = 600;
    float[] xy = new float[n * 2];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 3 == 2 && i % 2 == 0 ? -1 : i % 3;
      xy[2 * i] = (float) (labels[i] * 5 + r.nextGaussian());
      xy[2 * i + 1] = (float) (labels[i] * -2 + r.nextGaussian());
    }
    Path png = dir.resolve("sub/latent.png");
    ScatterPlot.write(png, new FloatMatrix(n, 2, xy), labels, List.of("A", "B", "C"), "latent space");
    BufferedImage image = Images.read(png, 800, 600);
    assertThat(Images.colours(image).size()).isGreaterThan(5);
    // the first three class colours (tab10 blue, orange, green) appear
    assertThat(Images.contains(image, 0x1f77b4)).isTrue();
    assertThat(Images.contains(image, 0xff7f0e)).isTrue();
    assertThat(Images.contains(image, 0x2ca02c)).isTrue();
  }

  @Test
  void capsTheDrawnPointsAndHonoursTheSize() throws Exception {
    int n = 20_000;
    Random r = new Random(2);
    float[] xy = new float[n * 2];
    int[] labels = new int[n];
    for (int i = 0; i < xy.length; i++) {
      xy[i] = (float) r.nextGaussian();
    }
    for (int i = 0; i < n; i++) {
      labels[i] = i % 12;
    }
    List<String> names = java.util.stream.IntStream.range(0, 12).mapToObj(i -> "class " + i).toList();
    Path png = dir.resolve("many.png");
    ScatterPlot.write(png, new FloatMatrix(n, 2, xy), labels, names, "many", new ScatterPlot.Options(640, 480, 1000, 3));
    Images.read(png, 640, 480);
  }

  @Test
  void subsampleIsSeededSortedAndCapped() {
    int[] a = ScatterPlot.subsample(10_000, 5000, 7);
    assertThat(a).hasSize(5000).isSorted().doesNotHaveDuplicates();
    assertThat(ScatterPlot.subsample(10_000, 5000, 7)).isEqualTo(a);
    assertThat(ScatterPlot.subsample(10, 5000, 7)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void rejectsBadInput() {
    FloatMatrix three = FloatMatrix.zeros(2, 3);
    assertThatThrownBy(() -> ScatterPlot.write(dir.resolve("a.png"), three, new int[2], List.of("A"), "t"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("2 columns");
    FloatMatrix two = FloatMatrix.zeros(2, 2);
    assertThatThrownBy(() -> ScatterPlot.write(dir.resolve("a.png"), two, new int[] {0, 1}, List.of("A"), "t"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("label 1 at index 1");
    assertThatThrownBy(() -> ScatterPlot.write(dir.resolve("a.png"), FloatMatrix.zeros(0, 2), new int[0], List.of("A"), "t"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no points");
    assertThat(dir.resolve("a.png")).doesNotExist();
  }
}
