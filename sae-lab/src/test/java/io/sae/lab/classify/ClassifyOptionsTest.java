package io.sae.lab.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.lab.cluster.FeatureSpace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifyOptionsTest {
  @Test
  void theDefaultsAreThoseOfTheCommand() {
    assertThat(ClassifyOptions.DEFAULTS).isEqualTo(new ClassifyOptions(FeatureSpace.LATENTS, 5, 1.0, 5_000));
    assertThat(ClassifyOptions.DEFAULTS.withOn(FeatureSpace.INPUTS).on()).isEqualTo(FeatureSpace.INPUTS);
    assertThat(Classification.fileName(FeatureSpace.INPUTS)).isEqualTo("classify-test-inputs.json");
  }

  @Test
  void badValuesAreRefusedWithTheOptionName() {
    assertThatThrownBy(() -> new ClassifyOptions(FeatureSpace.LATENTS, 0, 1, 10)).isInstanceOf(InvalidInputException.class)
        .hasMessage("--knn-k must be at least 1, got 0");
    assertThatThrownBy(() -> new ClassifyOptions(FeatureSpace.LATENTS, 5, 0, 10)).hasMessage("--svm-c must be a positive number, got 0.0");
    assertThatThrownBy(() -> new ClassifyOptions(FeatureSpace.LATENTS, 5, Double.NaN, 10)).hasMessageContaining("--svm-c");
    assertThatThrownBy(() -> new ClassifyOptions(FeatureSpace.LATENTS, 5, 1, 0)).hasMessage("--svm-rows must be at least 1, got 0");
  }

  @Test
  void theResultListsTheClassifiersInOrderAndPrintsOneLineEach() {
    ClassifyResult r = new ClassifyResult(FeatureSpace.LATENTS, 600, 300, 8,
        List.of(new ClassifierScore("softmax regression", 0.5467, 0.2), new ClassifierScore("kNN (k=5)", 0.4767, 0.1)), 5, 1.0, 5000, Path.of("f"));
    assertThat(r.testAccuracy()).containsExactly(org.assertj.core.api.Assertions.entry("softmax regression", 0.5467),
        org.assertj.core.api.Assertions.entry("kNN (k=5)", 0.4767));
    assertThat(r.toJson().keySet()).containsExactly("on", "train_labelled", "test_samples", "test_accuracy", "knn_k", "svm_c", "svm_max_rows");
    assertThat(r.summary()).containsExactly("latents of 600 labelled training and 300 test samples (8 values each)",
        "softmax regression   test accuracy  54.67%  (0.2 s)", "kNN (k=5)            test accuracy  47.67%  (0.1 s)");
  }
}
