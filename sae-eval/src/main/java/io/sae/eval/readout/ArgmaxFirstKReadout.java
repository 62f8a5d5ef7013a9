package io.sae.eval.readout;

import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ReadoutFitter;
import io.sae.api.method.ReadoutSpec;
import java.util.Map;

/** {@code argmax-first-k}: the largest of the first {@code k} latent dimensions (the first on ties); nothing is learnt. */
final class ArgmaxFirstKReadout implements ReadoutFitter {
  @Override
  public String describe(ReadoutSpec spec) {
    return "argmax of the first " + spec.intParam("k") + " latent dimensions";
  }

  @Override
  public Fitted fit(ReadoutSpec spec, Training t) {
    int k = spec.intParam("k");
    return ReadoutFitter.Fitted.of((inputs, latents) -> argmaxFirst(k, latents), spec.kind(), Map.of(), describe(spec));
  }

  static int[] argmaxFirst(int k, FloatMatrix latents) {
    int[] out = new int[latents.rows()];
    for (int i = 0; i < out.length; i++) {
      int best = 0;
      for (int c = 1; c < k; c++) {
        if (latents.get(i, c) > latents.get(i, best)) {
          best = c;
        }
      }
      out[i] = best;
    }
    return out;
  }
}
