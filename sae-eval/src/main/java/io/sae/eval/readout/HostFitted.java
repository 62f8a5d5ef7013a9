package io.sae.eval.readout;

import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ReadoutFitter;
import java.util.Map;

/**
 * A fitted readout of this package: how it predicts and what its graph form reads.
 *
 * @param predictor classes from the samples and their latents
 * @param graphKind the readout graph that writes it as ops
 * @param parameters the values that graph reads
 * @param describe what was fitted, for people
 */
record HostFitted(Predictor predictor, String graphKind, Map<String, FloatMatrix> parameters, String describe)
    implements ReadoutFitter.Fitted {

  /** Classes from the samples and their latent means. */
  @FunctionalInterface
  interface Predictor {
    int[] predict(FloatMatrix inputs, FloatMatrix latents);
  }

  HostFitted {
    parameters = Map.copyOf(parameters);
  }

  @Override
  public int[] predict(FloatMatrix inputs, FloatMatrix latents) {
    return predictor.predict(inputs, latents);
  }
}
