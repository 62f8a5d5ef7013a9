package io.sae.spark.encode;

import io.sae.api.InvalidInputException;
import java.io.Serializable;

/**
 * What {@link SparkEncoding} computes.
 *
 * @param model a run folder or a SavedModel export, at a path every executor can read (a shared file system)
 * @param batchSize rows per model call within a partition
 * @param classify whether to add the model's latent classifier's class ({@code predicted})
 * @param reconstruct whether to add the reconstruction
 */
public record EncodeJob(String model, int batchSize, boolean classify, boolean reconstruct) implements Serializable {
  /** Rows per model call by default: large enough that a call's fixed cost is small, small enough for any executor. */
  public static final int DEFAULT_BATCH = 1024;

  /** @throws InvalidInputException when the batch is below 1 */
  public EncodeJob {
    if (model == null || model.isBlank()) {
      throw new InvalidInputException("a model (run folder or SavedModel export) is required");
    }
    if (batchSize < 1) {
      throw new InvalidInputException("--batch must be at least 1, got " + batchSize);
    }
  }

  /** Latents only, in batches of {@link #DEFAULT_BATCH}. */
  public static EncodeJob of(String model) {
    return new EncodeJob(model, DEFAULT_BATCH, false, false);
  }
}
