package io.sae.eval.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.eval.metrics.MeanStd;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RepeatedSplitsTest {
  @Test
  void splitsEachClassInProportionAndIsSeeded() {
    int[] y = {0, 0, 0, 0, 1, 1, 1, 1, 1, 1};
    RepeatedSplits.Split s = RepeatedSplits.stratified(y, 2, 0.5, 3);
    // class 0: round(2.0) = 2 of 4; class 1: round(3.0) = 3 of 6
    assertThat(s.train()).hasSize(5);
    assertThat(Arrays.stream(s.train()).filter(i -> y[i] == 0).count()).isEqualTo(2);
    int[] all = IntStream.concat(Arrays.stream(s.train()), Arrays.stream(s.test())).sorted().toArray();
    assertThat(all).containsExactly(IntStream.range(0, 10).toArray());
    assertThat(RepeatedSplits.stratified(y, 2, 0.5, 3).train()).containsExactly(s.train());
    boolean differs = false;
    for (long seed = 4; seed < 10 && !differs; seed++) {
      differs = !Arrays.equals(RepeatedSplits.stratified(y, 2, 0.5, seed).train(), s.train());
    }
    assertThat(differs).isTrue();
  }

  @Test
  void summarisesAccuracyOverRuns() {
    Blobs b = Blobs.around(new double[][] {{0, 0}, {50, 0}}, 1.0, 100, 1);
    MeanStd m = RepeatedSplits.accuracy(new NearestCentroid(), b.x(), b.y(), 2, 0.8, 5, 0);
    assertThat(m.values()).hasSize(5).containsOnly(1.0);
    assertThat(m.std()).isZero();
    assertThatThrownBy(() -> RepeatedSplits.stratified(new int[] {0, 1, 1}, 2, 0.5, 0)).hasMessageContaining("class 0 has 1 rows");
  }
}
