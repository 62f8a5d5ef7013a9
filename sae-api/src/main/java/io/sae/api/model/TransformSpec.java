package io.sae.api.model;

import java.util.Map;

/**
 * A named graph transform inserted between the encoder body and the latent (e.g. the polar configuration
 * of paper 003). The kind is looked up among the transform builders registered with the TensorFlow core.
 *
 * @param kind registered builder name
 * @param params builder parameters as text
 */
public record TransformSpec(String kind, Map<String, String> params) {
  public TransformSpec { params = Map.copyOf(params); }
}
