package io.sae.api.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {
  private static Dataset digits() {
    float[] x = {0, 1, 2, 3, 4, 5, 6, 7};
    return new Dataset("d", new FloatMatrix(4, 2, x), new int[] {2}, new int[] {0, 1, 9, -1}, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
  }

  @Test
  void validatesValuesLabelsAndShape() {
    assertThatThrownBy(() -> new Dataset("d", new FloatMatrix(1, 2, new float[] {0, Float.NaN}), new int[] {2}, new int[] {0}, List.of("a")))
        .isInstanceOf(InvalidInputException.class).hasMessage("d: sample 0, feature 1 is NaN (all values must be finite)");
    assertThatThrownBy(() -> new Dataset("d", FloatMatrix.zeros(1, 2), new int[] {2}, new int[] {2}, List.of("a", "b")))
        .hasMessageContaining("label 2 of sample 0 is outside [0, 2)");
    assertThatThrownBy(() -> new Dataset("d", FloatMatrix.zeros(1, 4), new int[] {28, 28, 1}, new int[] {0}, List.of("a")))
        .hasMessageContaining("784 values but rows have 4");
  }

  @Test
  void countsSubsetsAndRelabels() {
    Dataset d = digits();
    assertThat(d.labeledCount()).isEqualTo(3);
    assertThat(d.classCounts()[9]).isEqualTo(1);
    Dataset s = d.subset("s", new int[] {2, 0});
    assertThat(s.features().data()).containsExactly(4, 5, 0, 1);
    assertThat(s.labels()).containsExactly(9, 0);
  }
}
