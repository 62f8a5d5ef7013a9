package io.sae.lab.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class ClusterOptionsTest {
  @Test
  void theDefaultsAreThoseOfTheCommandAndWithersChangeOneSetting() {
    ClusterOptions d = ClusterOptions.DEFAULTS;
    assertThat(d.split()).isEqualTo(Split.TEST);
    assertThat(d.on()).isEqualTo(FeatureSpace.LATENTS);
    assertThat(d.iterations()).isEqualTo(300);
    assertThat(d.restarts()).isEqualTo(10);
    assertThat(d.k()).isEmpty();
    assertThat(d.seed()).isEmpty();
    ClusterOptions changed = d.withRestarts(2).withOn(FeatureSpace.INPUTS).withK(5).withSeed(7).withSplit(Split.TRAIN).withSilhouetteRows(100);
    assertThat(changed).isEqualTo(new ClusterOptions(Split.TRAIN, FeatureSpace.INPUTS, java.util.OptionalInt.of(5), java.util.OptionalLong.of(7), 300, 2,
        java.util.OptionalInt.of(100)));
    assertThat(Clustering.fileName(Split.TEST, FeatureSpace.LATENTS)).isEqualTo("cluster-test.json");
    assertThat(Clustering.fileName(Split.TRAIN, FeatureSpace.INPUTS)).isEqualTo("cluster-train-inputs.json");
  }

  @Test
  void badValuesAreRefusedWithTheOptionName() {
    assertThatThrownBy(() -> FeatureSpace.parse("pixels")).isInstanceOf(InvalidInputException.class)
        .hasMessage("--on must be latents or inputs, got 'pixels'");
    assertThatThrownBy(() -> Split.parse("val")).isInstanceOf(InvalidInputException.class).hasMessage("--split must be train or test, got 'val'");
    assertThatThrownBy(() -> ClusterOptions.DEFAULTS.withRestarts(0)).isInstanceOf(InvalidInputException.class)
        .hasMessage("--restarts must be at least 1, got 0");
    assertThatThrownBy(() -> ClusterOptions.DEFAULTS.withIterations(0)).hasMessage("--iterations must be at least 1, got 0");
    assertThatThrownBy(() -> ClusterOptions.DEFAULTS.withSilhouetteRows(1)).hasMessage("--silhouette-rows must be at least 2, got 1");
    assertThat(FeatureSpace.parse("inputs")).isEqualTo(FeatureSpace.INPUTS);
    assertThat(Split.parse("train")).isEqualTo(Split.TRAIN);
  }
}
