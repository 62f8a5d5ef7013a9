package io.sae.methods.vae;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.EpochHook;
import io.sae.api.method.EpochState;
import io.sae.api.method.HookResult;
import io.sae.api.method.LatentScope;
import java.util.Map;

/**
 * Fills {@link VaePlans#PRIOR_MEAN} once, from the visible labels: the class's mean for labelled samples, zeros
 * (the standard normal prior) for samples whose label is hidden. The labels do not change during a run, so the
 * trainer's refresh before its first epoch is the only one, and nothing needs encoding.
 */
final class ClassPriorHook implements EpochHook {
  private final FloatMatrix classMeans;

  ClassPriorHook(FloatMatrix classMeans) {
    this.classMeans = classMeans;
  }

  @Override
  public boolean refreshBefore(int epoch) {
    return false;
  }

  @Override
  public LatentScope latentScope() {
    return LatentScope.NONE;
  }

  @Override
  public java.util.List<io.sae.api.method.SampleField> fills() {
    return java.util.List.of(VaePlans.priorMean(classMeans.cols()));
  }

  @Override
  public HookResult refresh(EpochState state) {
    Dataset train = state.train();
    int d = classMeans.cols();
    float[] m = new float[train.size() * d];
    int labelled = 0;
    for (int i = 0; i < train.size(); i++) {
      int y = train.label(i);
      if (y != Dataset.UNLABELED) {
        System.arraycopy(classMeans.data(), y * d, m, i * d, d);
        labelled++;
      }
    }
    return HookResult.builder().put(fills().getFirst(), new FloatMatrix(train.size(), d, m))
        .metric("labelled_share", labelled / (double) Math.max(1, train.size())).build();
  }
}
