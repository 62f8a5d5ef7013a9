package io.sae.lab.evaluate;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.model.SaeModel;
import io.sae.tf.model.TfModel;

/**
 * Encoding and reconstructing a labelled dataset: a label-conditioned model (CVAE) gets each sample's own class
 * as its condition, as in training; every other model ignores the labels.
 */
public final class LabelledInference {
  private LabelledInference() {}

  /** The latents of {@code samples}, each with its own label as condition when the model is label-conditioned. */
  public static FloatMatrix encode(SaeModel model, Dataset samples) {
    return model instanceof TfModel t && t.conditional() ? t.encode(samples.features(), samples.labels()) : model.encode(samples.features());
  }

  /** The reconstructions of {@code samples}, each conditioned on its own label when the model needs one. */
  public static FloatMatrix reconstruct(SaeModel model, Dataset samples) {
    return model instanceof TfModel t && t.conditional() ? t.reconstruct(samples.features(), samples.labels())
        : model.reconstruct(samples.features());
  }
}
