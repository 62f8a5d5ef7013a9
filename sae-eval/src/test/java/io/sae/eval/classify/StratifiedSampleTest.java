package io.sae.eval.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StratifiedSampleTest {
  @Test
  void keepsEverythingUnderTheCap() {
    int[] rows = {4, 7, 9};
    assertThat(StratifiedSample.choose(rows, new int[] {0, 1, 0}, 2, 3, 1)).isSameAs(rows);
  }

  @Test
  void proportionalSeededAndSorted() {
    // 900 rows of class 0, 100 of class 1 -> 90 + 10 of 100
    int[] rows = IntStream.range(0, 1000).toArray();
    int[] labels = IntStream.range(0, 1000).map(i -> i % 10 == 0 ? 1 : 0).toArray();
    int[] chosen = StratifiedSample.choose(rows, labels, 2, 100, 42);
    assertThat(chosen).hasSize(100);
    assertThat(Arrays.stream(chosen).filter(i -> labels[i] == 1).count()).isEqualTo(10);
    assertThat(chosen).isSorted().doesNotHaveDuplicates();
    assertThat(StratifiedSample.choose(rows, labels, 2, 100, 42)).isEqualTo(chosen);
    assertThat(StratifiedSample.choose(rows, labels, 2, 100, 43)).isNotEqualTo(chosen);
  }

  @Test
  void tinyClassKeepsOneRow() {
    int[] rows = IntStream.range(0, 1000).toArray();
    int[] labels = IntStream.range(0, 1000).map(i -> i == 500 ? 1 : 0).toArray();
    int[] chosen = StratifiedSample.choose(rows, labels, 2, 10, 0);
    assertThat(chosen).contains(500);
  }
}
