package io.sae.methods.sae;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProportionalSampleTest {
  private static Dataset labelled(int[] labels, int classes) {
    List<String> names = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      names.add("c" + c);
    }
    return new Dataset("toy", FloatMatrix.zeros(labels.length, 1), new int[] {1}, labels, names);
  }

  private static int[] labelledRows(int[] labels) {
    return java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] != Dataset.UNLABELED).toArray();
  }

  @Test
  void takesEachClassInProportionAndAtLeastOneRow() {
    // 6 rows of class 0, 3 of class 1, 1 of class 2, 2 unlabelled; a limit of 5 of 10 labelled rows takes
    // round(5 * 6/10) = 3, round(5 * 3/10) = 2 (1.5 rounds up) and max(1, round(0.5)) = 1
    int[] labels = {0, 1, 0, -1, 0, 2, 1, 0, 0, -1, 1, 0};
    Dataset d = labelled(labels, 3);
    int[] rows = ProportionalSample.rows(labelledRows(labels), d, 5, 7);
    int[] perClass = new int[3];
    for (int r : rows) {
      perClass[labels[r]]++;
    }
    assertThat(perClass).containsExactly(3, 2, 1);
    assertThat(rows).isSorted().doesNotHaveDuplicates();
    assertThat(ProportionalSample.rows(labelledRows(labels), d, 0, 7)).containsExactly(labelledRows(labels));
  }

  /** The int-array version draws the rows the boxed-list version drew (kept below): the sae fixture depends on them. */
  @Test
  void sameRowsAsTheBoxedVersion() {
    Random random = new Random(18);
    for (int trial = 0; trial < 30; trial++) {
      int n = 200 + random.nextInt(3000);
      int classes = 2 + random.nextInt(9);
      int[] labels = new int[n];
      for (int i = 0; i < n; i++) {
        labels[i] = random.nextInt(5) == 0 ? Dataset.UNLABELED : random.nextInt(classes);
      }
      Dataset d = labelled(labels, classes);
      int[] all = labelledRows(labels);
      int limit = 1 + random.nextInt(all.length);
      long seed = random.nextLong();
      assertThat(ProportionalSample.rows(all, d, limit, seed)).containsExactly(boxed(all, d, limit, seed));
    }
  }

  /** ProportionalSample.rows as it was before issue 18. */
  private static int[] boxed(int[] labelled, Dataset train, int limit, long seed) {
    if (limit <= 0 || limit >= labelled.length) {
      return labelled;
    }
    int k = train.classCount();
    List<List<Integer>> byClass = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      byClass.add(new ArrayList<>());
    }
    for (int row : labelled) {
      byClass.get(train.label(row)).add(row);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] out = new int[limit + k];
    int n = 0;
    for (List<Integer> members : byClass) {
      if (members.isEmpty()) {
        continue;
      }
      int take = Math.max(1, (int) Math.round((double) limit * members.size() / labelled.length));
      take = Math.min(take, members.size());
      for (int i = 0; i < take; i++) {
        int j = i + random.nextInt(members.size() - i);
        Integer tmp = members.get(i);
        members.set(i, members.get(j));
        members.set(j, tmp);
        out[n++] = members.get(i);
      }
    }
    int[] rows = Arrays.copyOf(out, n);
    Arrays.sort(rows);
    return rows;
  }
}
