package io.sae.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.FloatMatrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
  @TempDir Path dir;

  @Test
  void writesHeaderValuesAndLabels() throws IOException {
    Path f = dir.resolve("z.csv");
    CsvWriter.write(f, FloatMatrix.of(new double[][] {{1, -0.5}, {0.1, 2e-8}}), new int[] {3, -1});
    assertThat(Files.readString(f)).isEqualTo("x0,x1,label\n1.0,-0.5,3\n0.1,2.0E-8,-1\n");
  }

  @Test
  void roundTripThroughTheReaderIsExact() throws IOException {
    float[] v = {0.1f, (float) Math.PI, -1e-30f, 123456.79f, Float.MIN_VALUE, -0f};
    FloatMatrix m = new FloatMatrix(3, 2, v);
    Path f = dir.resolve("rt.csv");
    CsvWriter.write(f, m, List.of("a, b", "q\"x"), "class", new int[] {0, 2, 1});
    CsvData back = CsvReader.read(f, CsvReader.Options.defaults().withLabel("class"));
    assertThat(back.features()).isEqualTo(m);
    assertThat(back.featureNames()).containsExactly("a, b", "q\"x");
    assertThat(back.labelValues()).containsExactly("0", "2", "1");
  }

  @Test
  void withoutLabelsThereIsNoLabelColumn() throws IOException {
    Path f = dir.resolve("nl.csv");
    CsvWriter.write(f, FloatMatrix.of(new double[][] {{4}}));
    assertThat(Files.readString(f)).isEqualTo("x0\n4.0\n");
  }
}
