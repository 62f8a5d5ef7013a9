package io.sae.methods.aae;

import io.sae.api.data.FloatMatrix;
import io.sae.api.method.EpochHook;
import io.sae.api.method.EpochState;
import io.sae.api.method.HookResult;
import io.sae.api.method.LatentScope;
import io.sae.api.method.SampleField;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Before every epoch, one fresh draw of the prior N(0, scale^2 I) per training sample, from the epoch's seed (so a
 * run, and a resumed run, see the same draws). Encodes nothing.
 */
final class PriorDraws implements EpochHook {
  private final SampleField prior;
  private final double scale;

  PriorDraws(SampleField prior, double scale) {
    this.prior = prior;
    this.scale = scale;
  }

  @Override
  public List<SampleField> fills() {
    return List.of(prior);
  }

  @Override
  public LatentScope latentScope() {
    return LatentScope.NONE;
  }

  @Override
  public HookResult refresh(EpochState state) {
    return HookResult.builder().put(prior, draws(state.train().size(), prior.width(), scale, state.seed())).build();
  }

  /** {@code n x d} independent N(0, scale^2) values from {@code seed} (Box-Muller). */
  static FloatMatrix draws(int n, int d, double scale, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[Math.multiplyExact(n, d)];
    for (int i = 0; i < v.length; i += 2) {
      double radius = Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * scale;
      double angle = 2 * Math.PI * r.nextDouble();
      v[i] = (float) (radius * Math.cos(angle));
      if (i + 1 < v.length) {
        v[i + 1] = (float) (radius * Math.sin(angle));
      }
    }
    return new FloatMatrix(n, d, v);
  }
}
