package io.sae.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.DataContext;
import io.sae.api.data.Dataset;
import io.sae.api.data.DatasetSplit;
import io.sae.api.data.FloatMatrix;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryDatasetTest {
  private static final List<String> AB = List.of("a", "b");

  private static FloatMatrix rows(int n, int d) {
    float[] v = new float[n * d];
    for (int i = 0; i < v.length; i++) {
      v[i] = i;
    }
    return new FloatMatrix(n, d, v);
  }

  @Test
  void withATestPartLoadsBothPartsAsGiven() throws Exception {
    InMemoryDataset d = InMemoryDataset.of("toy", rows(4, 2), new int[] {0, 1, 0, Dataset.UNLABELED}, new int[] {2}, AB)
        .withTest(rows(2, 2), new int[] {1, 0});
    assertThat(d.name()).isEqualTo("memory:toy");
    DatasetSplit split = d.source().load(new DataContext(Path.of("."), line -> {}, 1));
    assertThat(split.train().size()).isEqualTo(4);
    assertThat(split.train().labels()).containsExactly(0, 1, 0, -1);
    assertThat(split.test().labels()).containsExactly(1, 0);
    assertThat(split.test().features().get(1, 1)).isEqualTo(3f);
  }

  @Test
  void withoutATestPartASeededStratifiedShareIsSplitOff() throws Exception {
    int[] labels = new int[10];
    for (int i = 0; i < 10; i++) {
      labels[i] = i % 2;
    }
    InMemoryDataset d = InMemoryDataset.of("toy", rows(10, 1), labels, new int[] {1}, AB).withTestFraction(0.2);
    List<String> log = new ArrayList<>();
    DatasetSplit first = d.source().load(new DataContext(Path.of("."), log::add, 7));
    DatasetSplit again = d.source().load(new DataContext(Path.of("."), line -> {}, 7));
    // 20% of 10 = 2 test samples, one per class (stratified); the same seed splits the same way
    assertThat(first.test().size()).isEqualTo(2);
    assertThat(first.test().classCounts()).containsExactly(1, 1);
    assertThat(first.test().features().data()).containsExactly(again.test().features().data());
    assertThat(log).singleElement().asString().contains("memory:toy has no test part");
  }

  @Test
  void badInputIsRefusedWithTheReason() {
    assertThatThrownBy(() -> InMemoryDataset.of("toy", rows(3, 2), new int[] {0, 1}, new int[] {2}, AB))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("2 labels for 3 samples");
    assertThatThrownBy(() -> InMemoryDataset.of("toy", rows(2, 2), new int[] {0, 2}, new int[] {2}, AB))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("label 2 of sample 1");
    assertThatThrownBy(() -> InMemoryDataset.of("toy", rows(2, 2), new int[] {0, 1}, new int[] {3}, AB))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("sample shape [3]");
    FloatMatrix nan = rows(2, 2);
    nan.data()[3] = Float.NaN;
    assertThatThrownBy(() -> InMemoryDataset.of("toy", nan, new int[] {0, 1}, new int[] {2}, AB))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("sample 1, feature 1 is NaN");
    InMemoryDataset ok = InMemoryDataset.of("toy", rows(2, 2), new int[] {0, 1}, new int[] {2}, AB);
    assertThatThrownBy(() -> ok.withTest(rows(2, 3), new int[] {0, 1})).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ok.withTestFraction(1.0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("(0, 1)");
  }
}
