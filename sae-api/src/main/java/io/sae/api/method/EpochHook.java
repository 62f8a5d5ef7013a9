package io.sae.api.method;

import io.sae.api.data.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * Host-side work between epochs: reads the current latents of the training set and returns per-sample
 * values for the plan's {@link SampleField}s (MDS targets, shifted reconstruction targets, prior means).
 * One hook instance serves one run and may keep state between refreshes (e.g. warm-started k-means
 * centres); {@link #saveState} and {@link #restoreState} carry that state across {@code --resume}.
 */
public interface EpochHook {

  /**
   * Whether to refresh before {@code epoch}. The trainer always refreshes before the first epoch it runs
   * (0, or the epoch a resumed run starts at), so every field has values.
   */
  default boolean refreshBefore(int epoch) { return true; }

  /** Which samples {@link EpochState#latents()} must hold (encoding the training set costs time). */
  default LatentScope latentScope() { return LatentScope.ALL; }

  /**
   * The training rows to encode before a refresh, in increasing order. The default follows
   * {@link #latentScope()}; a hook that only needs statistics of the latents (e.g. class means) may return a
   * seeded subsample to keep its share of the epoch small.
   *
   * @param train the training set
   * @param seed seed for this refresh (the same one {@link EpochState#seed()} carries)
   */
  default int[] latentRows(Dataset train, long seed) {
    return switch (latentScope()) {
      case NONE -> new int[0];
      case LABELED -> IntStream.range(0, train.size()).filter(i -> train.label(i) != Dataset.UNLABELED).toArray();
      case ALL -> IntStream.range(0, train.size()).toArray();
    };
  }

  /**
   * The plan's sample fields this hook fills: every refresh gives values for exactly these. The plan checks that
   * each field a loss term reads is filled by exactly one hook.
   */
  default java.util.List<SampleField> fills() { return java.util.List.of(); }

  /** Computes the fields for the coming epoch(s). */
  HookResult refresh(EpochState state);

  /** Writes the hook's own state into {@code dir} (called with every checkpoint). */
  default void saveState(Path dir) throws IOException {}

  /** Restores what {@link #saveState} wrote, before a resumed run's first refresh. */
  default void restoreState(Path dir) throws IOException {}
}
