package io.sae.eval.readout;

import io.sae.api.method.ReadoutFitter;
import io.sae.api.method.ReadoutSpec;
import io.sae.eval.classify.Predictions;
import java.util.Map;

/** {@code softmax-head}: the model's own classifier head, run on the samples; nothing is learnt. */
final class SoftmaxHeadReadout implements ReadoutFitter {
  @Override
  public String describe(ReadoutSpec spec) {
    return "the model's softmax head";
  }

  @Override
  public Fitted fit(ReadoutSpec spec, Training t) {
    return ReadoutFitter.Fitted.of((inputs, latents) -> Predictions.fromProbabilities(t.model().classProbabilities(inputs)), spec.kind(), Map.of(),
        "softmax head");
  }
}
