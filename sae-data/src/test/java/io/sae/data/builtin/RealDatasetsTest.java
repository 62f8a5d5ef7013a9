package io.sae.data.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.DataContext;
import io.sae.api.data.Dataset;
import io.sae.api.data.DatasetSplit;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Loads the real MNIST and Fashion-MNIST from the shared cache (system property {@code sae.cache.dir}, set by
 * the build; default {@code ~/.cache/sae}), fetching them on the first run.
 */
class RealDatasetsTest {
  private static DataContext context() {
    String dir = System.getProperty("sae.cache.dir", System.getProperty("user.home") + "/.cache/sae");
    return new DataContext(Path.of(dir), System.out::println, 1);
  }

  private static void checkPixels(Dataset d) {
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    for (float v : d.features().data()) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    assertThat(min).isEqualTo(0f);
    assertThat(max).isEqualTo(1f);
  }

  @Test
  void mnist() throws IOException {
    long start = System.nanoTime();
    DatasetSplit s = new MnistSource().load(context());
    System.out.printf("mnist loaded in %.2f s%n", (System.nanoTime() - start) / 1e9);
    assertThat(s.train().size()).isEqualTo(60000);
    assertThat(s.test().size()).isEqualTo(10000);
    assertThat(s.train().sampleShape()).containsExactly(28, 28, 1);
    assertThat(s.train().label(0)).isEqualTo(5);
    assertThat(s.test().label(0)).isEqualTo(7);
    assertThat(s.train().classCounts()).containsExactly(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949);
    checkPixels(s.train());
    checkPixels(s.test());
  }

  @Test
  void fashionMnist() throws IOException {
    long start = System.nanoTime();
    DatasetSplit s = new FashionMnistSource().load(context());
    System.out.printf("fashion-mnist loaded in %.2f s%n", (System.nanoTime() - start) / 1e9);
    assertThat(s.train().size()).isEqualTo(60000);
    assertThat(s.test().size()).isEqualTo(10000);
    assertThat(s.train().sampleShape()).containsExactly(28, 28, 1);
    assertThat(s.train().label(0)).isEqualTo(9);
    assertThat(s.train().classNames().get(s.train().label(0))).isEqualTo("Ankle boot");
    assertThat(s.train().classCounts()).containsOnly(6000); // the official split is balanced
    checkPixels(s.train());
  }
}
