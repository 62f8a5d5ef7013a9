package io.sae.eval.readout;

import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ReadoutFitter;
import io.sae.api.method.ReadoutSpec;
import io.sae.eval.classify.NearestCentre;
import java.util.Map;

/** {@code nearest-centre}: the nearest of the configured {@code centres} (one row per class); nothing is learnt. */
final class NearestCentreReadout implements ReadoutFitter {
  @Override
  public String describe(ReadoutSpec spec) {
    return "nearest configured centre";
  }

  @Override
  public Fitted fit(ReadoutSpec spec, Training t) {
    FloatMatrix centres = spec.constant("centres");
    return ReadoutFitter.Fitted.of((inputs, latents) -> NearestCentre.assign(centres, latents), spec.kind(), Map.of("centres", centres),
        "nearest of " + centres.rows() + " configured centres");
  }
}
