package io.sae.methods.aae;

import io.sae.api.data.FloatMatrix;
import io.sae.api.method.EpochHook;
import io.sae.api.method.EpochState;
import io.sae.api.method.HookResult;
import io.sae.api.method.LatentScope;
import io.sae.api.method.SampleField;
import io.sae.tf.spi.Initializer;
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

  /** {@code n x d} independent N(0, scale^2) values from {@code seed}, drawn as the SPI's {@link Initializer.Normal} draws. */
  static FloatMatrix draws(int n, int d, double scale, long seed) {
    float[] v = new float[Math.multiplyExact(n, d)];
    new Initializer.Normal(scale).fill(v, new long[] {n, d}, new SplittableRandom(seed));
    return new FloatMatrix(n, d, v);
  }
}
