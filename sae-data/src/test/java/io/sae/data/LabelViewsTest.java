package io.sae.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.data.LabelSelection;
import io.sae.data.LabeledSplit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LabelViewsTest {
  /** 11 samples: class a x5 (0..4), b x3 (5..7), c x2 (8, 9), one unlabelled (10); feature = index. */
  private static final int[] LABELS = {0, 0, 0, 0, 0, 1, 1, 1, 2, 2, -1};

  private static Dataset tiny() {
    float[] x = new float[LABELS.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
    }
    return new Dataset("tiny", new FloatMatrix(x.length, 1, x), new int[] {1}, LABELS, List.of("a", "b", "c"));
  }

  private static int[] visibleCounts(Dataset d) {
    return d.classCounts();
  }

  @Test
  void choosesAStratifiedSubsetAndHidesTheRest() {
    Dataset d = tiny();
    LabeledSplit s = LabelViews.select(d, new LabelSelection(4, 0, 7));
    // 4 of 10 labelled, by class sizes 5, 3, 2 -> 2, 1.2, 0.8 -> 2, 1, 1
    assertThat(visibleCounts(s.train())).containsExactly(2, 1, 1);
    assertThat(s.train().size()).isEqualTo(11);
    assertThat(s.trainIndices()).isEqualTo(IntStream.range(0, 11).toArray());
    assertThat(s.validation().size()).isZero();
    assertThat(s.validationIndices()).isEmpty();
    assertThat(s.train().features()).isSameAs(d.features()); // no validation part: shared, not copied
    for (int i = 0; i < 11; i++) {
      int l = s.train().label(i);
      assertThat(l == Dataset.UNLABELED || l == LABELS[i]).as("sample %d keeps its label or hides it", i).isTrue();
    }
    assertThat(s.train().label(10)).isEqualTo(Dataset.UNLABELED);
    assertThat(s.train().classNames()).containsExactly("a", "b", "c");
    assertThat(s.train().name()).isEqualTo("tiny");
  }

  @Test
  void sameSeedSameChoiceAndMoreLabelsExtendFewer() {
    int[] a = LabelViews.select(tiny(), new LabelSelection(4, 0, 7)).train().labels();
    int[] b = LabelViews.select(tiny(), new LabelSelection(4, 0, 7)).train().labels();
    assertThat(a).isEqualTo(b);
    int[] more = LabelViews.select(tiny(), new LabelSelection(8, 0, 7)).train().labels();
    for (int i = 0; i < a.length; i++) {
      if (a[i] != Dataset.UNLABELED) {
        assertThat(more[i]).as("sample %d chosen with 4 labels stays chosen with 8", i).isEqualTo(a[i]);
      }
    }
    boolean otherSeedDiffers = false;
    for (long seed = 0; seed < 20; seed++) {
      otherSeedDiffers |= !Arrays.equals(LabelViews.select(tiny(), new LabelSelection(4, 0, seed)).train().labels(), a);
    }
    assertThat(otherSeedDiffers).isTrue();
  }

  @Test
  void fewLabelsGoToTheLargestRemainders() {
    // 3 labels over sizes 5, 3, 2: shares 1.5, 0.9, 0.6 -> floors 1, 0, 0; the two units left go to 0.9 and 0.6
    LabeledSplit s = LabelViews.select(tiny(), new LabelSelection(3, 0, 1));
    assertThat(visibleCounts(s.train())).containsExactly(1, 1, 1);
  }

  @Test
  void validationIsTakenFromTheChosenSamplesAndRemovedFromTraining() {
    // all 10 labels, 30% validation: 3 by class sizes 5, 3, 2 -> 1.5, 0.9, 0.6 -> 1, 0, 0 + remainders to b then c -> 1, 1, 1
    LabeledSplit s = LabelViews.select(tiny(), new LabelSelection(LabelSelection.ALL, 0.3, 5));
    assertThat(s.validation().size()).isEqualTo(3);
    assertThat(s.validation().classCounts()).containsExactly(1, 1, 1);
    assertThat(s.validation().name()).isEqualTo("tiny-validation");
    assertThat(s.train().size()).isEqualTo(8);
    assertThat(visibleCounts(s.train())).containsExactly(4, 2, 1);
    assertThat(s.train().label(s.train().size() - 1)).isEqualTo(Dataset.UNLABELED); // sample 10, still unlabelled
    // indices refer to the original set, are disjoint, cover it, and carry the right rows and labels
    int[] all = IntStream.concat(Arrays.stream(s.trainIndices()), Arrays.stream(s.validationIndices())).sorted().toArray();
    assertThat(all).isEqualTo(IntStream.range(0, 11).toArray());
    for (int k = 0; k < s.validationIndices().length; k++) {
      int i = s.validationIndices()[k];
      assertThat(s.validation().label(k)).isEqualTo(LABELS[i]);
      assertThat(s.validation().features().get(k, 0)).isEqualTo(i);
    }
    for (int k = 0; k < s.trainIndices().length; k++) {
      assertThat(s.train().features().get(k, 0)).isEqualTo(s.trainIndices()[k]);
    }
  }

  @Test
  void validationKeepsOneTrainingLabelPerClass() {
    // 4 labels -> 2, 1, 1; 10% of 4 rounds to 0, but a positive fraction takes one from each class with
    // at least two chosen (a), and none from classes with a single chosen sample (b, c)
    LabeledSplit s = LabelViews.select(tiny(), new LabelSelection(4, 0.1, 3));
    assertThat(s.validation().classCounts()).containsExactly(1, 0, 0);
    assertThat(visibleCounts(s.train())).containsExactly(1, 1, 1);
  }

  @Test
  void tooManyLabelsIsAUserError() {
    assertThatThrownBy(() -> LabelViews.select(tiny(), new LabelSelection(11, 0, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("--labels 11 is larger than the 10 labelled training samples of tiny");
    // exactly all is fine
    assertThat(LabelViews.select(tiny(), new LabelSelection(10, 0, 1)).train().labeledCount()).isEqualTo(10);
  }
}
