package io.sae.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassLabelsTest {
  @Test
  void integerClassesSpanTrainAndTest() {
    ClassLabels c = ClassLabels.infer("x", List.of("1", "0"), List.of("3"));
    assertThat(c.classNames()).containsExactly("0", "1", "2", "3");
    assertThat(c.encode("x", List.of("3", "1", "02"))).containsExactly(3, 1, 2);
    assertThatThrownBy(() -> c.encode("t", List.of("4"))).hasMessage("t: label '4' of sample 0 is not one of the classes [0, 1, 2, 3]");
  }

  @Test
  void namesAreSortedAndSharedByAllColumns() {
    ClassLabels c = ClassLabels.infer("x", List.of("dog", "cat"), List.of("ant", "dog"));
    assertThat(c.integer()).isFalse();
    assertThat(c.classNames()).containsExactly("ant", "cat", "dog");
    assertThat(c.encode("x", List.of("dog", "ant"))).containsExactly(2, 0);
  }

  @Test
  void anyNonIntegerValueMakesAllValuesNames() {
    ClassLabels c = ClassLabels.infer("x", List.of("10", "9", "-1"));
    assertThat(c.classNames()).containsExactly("-1", "10", "9"); // String order
  }

  @Test
  void unknownValuesAndHugeIntegersAreErrors() {
    ClassLabels c = ClassLabels.infer("x", List.of("a", "b"));
    assertThatThrownBy(() -> c.encode("test.csv", List.of("a", "z")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("test.csv: label 'z' of sample 1 is not one of the classes [a, b]");
    assertThatThrownBy(() -> ClassLabels.infer("ids.csv", List.of("1", "123456")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("ids.csv: integer label 123456 would mean");
  }
}
