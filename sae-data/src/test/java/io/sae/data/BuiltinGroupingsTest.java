package io.sae.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.data.builtin.FashionMnistSource;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BuiltinGroupingsTest {
  /** One sample per class, label = class index, plus one unlabelled sample. */
  private static Dataset onePerClass(List<String> classes) {
    int n = classes.size() + 1;
    int[] labels = IntStream.range(0, n).map(i -> i < classes.size() ? i : -1).toArray();
    return new Dataset("d", FloatMatrix.zeros(n, 1), new int[] {1}, labels, classes);
  }

  @Test
  void mnistAbc() {
    List<String> digits = IntStream.range(0, 10).mapToObj(Integer::toString).toList();
    Dataset g = Regrouping.apply(BuiltinGroupings.MNIST_ABC, onePerClass(digits));
    assertThat(g.classNames()).containsExactly("A", "B", "C");
    // digits 0..9 -> A A C C B C B C B A, then the unlabelled sample
    assertThat(g.labels()).containsExactly(0, 0, 2, 2, 1, 2, 1, 2, 1, 0, -1);
  }

  @Test
  void fashionSeasons() {
    Dataset g = Regrouping.apply(BuiltinGroupings.FASHION_SEASONS, onePerClass(FashionMnistSource.CLASS_NAMES));
    assertThat(g.classNames()).containsExactly("summer", "winter", "all-year");
    // T-shirt/top, Trouser, Pullover, Dress, Coat, Sandal, Shirt, Sneaker, Bag, Ankle boot
    assertThat(g.labels()).containsExactly(0, 2, 1, 0, 1, 0, 0, 2, 2, 1, -1);
  }

  @Test
  void fashionUpperBody() {
    Dataset g = Regrouping.apply(BuiltinGroupings.FASHION_UPPER_BODY, onePerClass(FashionMnistSource.CLASS_NAMES));
    assertThat(g.classNames()).containsExactly("upper-body", "other");
    assertThat(g.labels()).containsExactly(0, 1, 0, 1, 0, 1, 0, 1, 1, 1, -1);
  }

  @Test
  void allInDocumentationOrder() {
    assertThat(BuiltinGroupings.all()).extracting(g -> g.name()).containsExactly("mnist-abc", "fashion-seasons", "fashion-upper-body");
  }
}
