package io.sae.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StratifiedTest {
  @Test
  void largestRemainderRounding() {
    // shares of 4 over sizes 5, 3, 2: 2.0, 1.2, 0.8 -> floors 2, 1, 0; the left-over unit goes to 0.8
    assertThat(Stratified.allocate(4, new int[] {5, 3, 2})).containsExactly(2, 1, 1);
    // shares of 10 over 1, 1, 1: 3.33 each -> floors 3, 3, 3; equal remainders: the lowest index wins
    assertThat(Stratified.allocate(10, new int[] {1, 1, 1})).containsExactly(4, 3, 3);
    assertThat(Stratified.allocate(7, new int[] {0, 7})).containsExactly(0, 7);
    assertThat(Stratified.allocate(0, new int[] {3, 4})).containsExactly(0, 0);
    assertThat(Stratified.allocate(5, new int[] {0, 0})).containsExactly(0, 0);
  }

  @Test
  void atLeastOnePerClassWhenTheCountAllows() {
    // shares of 3 over 8, 1, 1: 2.4, 0.3, 0.3 -> 3, 0, 0; then classes 1 and 2 each take one from the largest
    assertThat(Stratified.allocate(3, new int[] {8, 1, 1})).containsExactly(3, 0, 0);
    assertThat(Stratified.allocateAtLeastOne(3, new int[] {8, 1, 1})).containsExactly(1, 1, 1);
    // 2 units cannot cover 3 classes: plain proportional allocation
    assertThat(Stratified.allocateAtLeastOne(2, new int[] {8, 1, 1})).containsExactly(2, 0, 0);
    // empty classes stay empty
    assertThat(Stratified.allocateAtLeastOne(3, new int[] {8, 0, 1})).containsExactly(2, 0, 1);
  }

  @Test
  void shuffleDependsOnlyOnSeedAndKeepsGroups() {
    int[] groups = {0, 1, 0, 1, 0, -1, 0, 1};
    int[][] a = Stratified.shuffledByGroup(groups, 2, 42);
    int[][] b = Stratified.shuffledByGroup(groups, 2, 42);
    assertThat(a).isDeepEqualTo(b);
    assertThat(Arrays.stream(a[0]).sorted().toArray()).containsExactly(0, 2, 4, 6);
    assertThat(Arrays.stream(a[1]).sorted().toArray()).containsExactly(1, 3, 7);
    boolean someSeedDiffers = false;
    for (long seed = 0; seed < 10; seed++) {
      someSeedDiffers |= !Arrays.equals(Stratified.shuffledByGroup(groups, 2, seed)[0], a[0]);
    }
    assertThat(someSeedDiffers).isTrue();
  }
}
