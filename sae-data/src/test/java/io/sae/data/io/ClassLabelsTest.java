package io.sae.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassLabelsTest {
  @Test
  void integerClassesSpanTrainAndTest() {
    ClassLabels c = ClassLabels.infer("x", List.of("1", "0"), List.of("3", "2"));
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
  void aNonIntegerNumberAmongIntegersIsAnErrorNamingItsLine() {
    for (String stray : List.of("-7", "1.5", "1.0", "+3", "2e1")) {
      ClassLabels.Column train = new ClassLabels.Column("train.csv", List.of("0", "1", stray, "2"), new int[] {2, 3, 5, 6});
      assertThatThrownBy(() -> ClassLabels.infer(train))
          .as(stray)
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("train.csv line 5: label '" + stray + "' is not a class index; the labels are numbers, so each must be a whole "
              + "number >= 0 (write class names if the labels are names)");
    }
  }

  @Test
  void anyValueThatIsNotANumberMakesAllValuesNames() {
    ClassLabels c = ClassLabels.infer("x", List.of("10", "9", "-1", "n/a"));
    assertThat(c.integer()).isFalse();
    assertThat(c.classNames()).containsExactly("-1", "10", "9", "n/a"); // String order
  }

  @Test
  void integerClassesWithoutSamplesAreAnError() {
    assertThatThrownBy(() -> ClassLabels.infer(ClassLabels.Column.of("a.csv", List.of("0", "1", "3")), ClassLabels.Column.of("b.csv", List.of("1"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("a.csv and b.csv: integer labels are class indices 0..3, but 1 of these classes have no sample [2]; "
            + "renumber the classes 0..k-1 or check the label column");
    List<String> stray = new java.util.ArrayList<>(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"));
    stray.add("250");
    assertThatThrownBy(() -> ClassLabels.infer("y.csv", stray))
        .hasMessageContaining("0..250, but 238 of these classes have no sample [12, 13, 14, 15, 16, 17, 18, 19, 20, 21, ...]");
    // a class present only in the test column counts
    assertThat(ClassLabels.infer(ClassLabels.Column.of("a", List.of("0", "2")), ClassLabels.Column.of("b", List.of("1"))).classNames())
        .containsExactly("0", "1", "2");
  }

  @Test
  void unknownValuesAndHugeIntegersAreErrors() {
    ClassLabels c = ClassLabels.infer("x", List.of("a", "b"));
    assertThatThrownBy(() -> c.encode("test.csv", List.of("a", "z")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("test.csv: label 'z' of sample 1 is not one of the classes [a, b]");
    assertThatThrownBy(() -> ClassLabels.infer("ids.csv", List.of("1", "123456")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("ids.csv: sample 1: integer label 123456 would mean");
  }
}
