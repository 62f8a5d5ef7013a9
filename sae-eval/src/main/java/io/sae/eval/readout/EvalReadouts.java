package io.sae.eval.readout;

import io.sae.api.method.ReadoutSpec;
import io.sae.api.plugin.ExtensionPoint;
import io.sae.api.plugin.Extensions;
import io.sae.api.plugin.SaePlugin;

/**
 * The host side (fit, predict) of the five built-in readouts, registered like any plugin's at
 * {@link ExtensionPoint#READOUTS}; their graph side is the TensorFlow core's. Lives with the classifiers it
 * fits, on the evaluation side, so the embedding runtime stays free of them (it only needs the graphs).
 */
public final class EvalReadouts implements SaePlugin {
  @Override
  public void register(Extensions extensions) {
    extensions.add(ExtensionPoint.READOUTS, ReadoutSpec.LINEAR_SVM, new LinearSvmReadout());
    extensions.add(ExtensionPoint.READOUTS, ReadoutSpec.SOFTMAX_HEAD, new SoftmaxHeadReadout());
    extensions.add(ExtensionPoint.READOUTS, ReadoutSpec.NEAREST_CENTRE, new NearestCentreReadout());
    extensions.add(ExtensionPoint.READOUTS, ReadoutSpec.ARGMAX_FIRST_K, new ArgmaxFirstKReadout());
    extensions.add(ExtensionPoint.READOUTS, ReadoutSpec.CLUSTER_MAJORITY, new ClusterMajorityReadout());
  }

  @Override
  public String pluginName() {
    return "sae-eval (built-in readouts)";
  }
}
