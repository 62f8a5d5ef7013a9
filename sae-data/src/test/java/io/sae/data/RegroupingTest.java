package io.sae.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.data.Grouping;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegroupingTest {
  private static Dataset digits() {
    float[] x = {0, 1, 2, 3, 4, 5, 6, 7};
    return new Dataset("d", new FloatMatrix(4, 2, x), new int[] {2}, new int[] {0, 1, 9, -1}, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
  }

  @Test
  void groupingMapsClassesAndKeepsHiddenLabelsHidden() {
    Grouping abc = new Grouping("mnist-abc", List.of("A", "B", "C"),
        List.of(List.of("0", "1", "9"), List.of("4", "6", "8"), List.of("2", "3", "5", "7")));
    Dataset g = Regrouping.apply(abc, digits());
    assertThat(g.labels()).containsExactly(0, 0, 0, -1);
    assertThat(g.classNames()).containsExactly("A", "B", "C");
    assertThat(g.name()).isEqualTo("d/mnist-abc");
  }

  @Test
  void groupingErrorsNameTheClass() {
    Grouping missing = new Grouping("g", List.of("A"), List.of(List.of("0", "1")));
    assertThatThrownBy(() -> Regrouping.apply(missing, digits())).hasMessageContaining("leaves classes [2, 3, 4, 5, 6, 7, 8, 9]");
    Grouping twice = new Grouping("g", List.of("A", "B"), List.of(List.of("0", "1", "2", "3", "4"), List.of("4", "5", "6", "7", "8", "9")));
    assertThatThrownBy(() -> Regrouping.apply(twice, digits())).hasMessageContaining("class '4' is in more than one group");
    Grouping unknown = new Grouping("g", List.of("A"), List.of(List.of("ten")));
    assertThatThrownBy(() -> Regrouping.apply(unknown, digits())).hasMessageContaining("'ten' is not a class");
  }
}
