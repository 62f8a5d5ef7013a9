package io.sae.eval.readout;

import io.sae.api.method.ReadoutFitter;
import io.sae.api.method.ReadoutSpec;
import io.sae.eval.classify.ClusterMajority;
import java.util.Map;
import java.util.Optional;

/**
 * {@code cluster-majority}: k-means ({@link ClusterMajority}, setting {@code k}, 300 iterations) on the labelled
 * training latents, each cluster labelled by its majority class. Host only: {@code sae export} does not write it.
 */
final class ClusterMajorityReadout implements ReadoutFitter {
  private static final int ITERATIONS = 300;

  @Override
  public String describe(ReadoutSpec spec) {
    return "k-means (k=" + spec.intParam("k") + ") clusters labelled by majority";
  }

  @Override
  public Optional<String> notExported(ReadoutSpec spec) {
    return Optional.of("the method reads its latents by k-means cluster majority, which sae export does not write as graph ops");
  }

  @Override
  public Fitted fit(ReadoutSpec spec, Training t) {
    // clusters are fitted on the labelled training latents (the ones evaluation encodes)
    ClusterMajority.Model m = new ClusterMajority(spec.intParam("k"), ITERATIONS, t.seed()).fit(t.latents(), t.labels(), t.classes());
    return ReadoutFitter.Fitted.of((inputs, latents) -> m.predict(latents), spec.kind(), Map.of(), describe(spec));
  }
}
