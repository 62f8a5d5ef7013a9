package io.sae.runtime.bench;

import java.util.List;

/**
 * How {@link InferenceBench} times {@code SaeModel.encode}. For each batch size it first makes untimed warm-up
 * calls covering {@code warmUpRows} rows (at least one call), then the timed calls: {@code singleRowCalls} for
 * batch 1 (enough for a p99), and calls covering {@code timedRows} rows for larger batches.
 *
 * @param batches rows per call, ascending, including 1
 * @param warmUpRows rows of untimed calls before each batch size
 * @param singleRowCalls timed calls of one row
 * @param timedRows rows of timed calls for each batch size above 1
 */
public record InferencePlan(List<Integer> batches, int warmUpRows, int singleRowCalls, int timedRows) {
  /** Batches of 1, 32 and 1,024 rows; 2,048 warm-up rows; 5,000 single-row calls; 51,200 timed rows per larger batch (1,600 and 50 calls). */
  public static final InferencePlan DEFAULT = new InferencePlan(List.of(1, 32, 1024), 2048, 5000, 51_200);

  /** @throws IllegalArgumentException when a count is not positive or the batches do not include 1 */
  public InferencePlan {
    batches = List.copyOf(batches);
    if (!batches.contains(1) || batches.stream().anyMatch(b -> b < 1)) {
      throw new IllegalArgumentException("inference batches must be positive and include 1, got " + batches);
    }
    if (warmUpRows < 0 || singleRowCalls < 1 || timedRows < 1) {
      throw new IllegalArgumentException("inference plan needs warm-up rows >= 0 and positive timed counts");
    }
  }

  /** Timed calls for {@code batch} rows per call. */
  int timedCalls(int batch) {
    return batch == 1 ? singleRowCalls : ceilDiv(timedRows, batch);
  }

  /** Warm-up calls for {@code batch} rows per call. */
  int warmUpCalls(int batch) {
    return Math.max(1, ceilDiv(warmUpRows, batch));
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
