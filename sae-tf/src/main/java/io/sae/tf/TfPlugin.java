package io.sae.tf;

import io.sae.tf.spi.LossKinds;
import io.sae.api.plugin.Extensions;
import io.sae.api.plugin.SaePlugin;
import io.sae.tf.loss.KlNormalLoss;
import io.sae.tf.loss.LatentMseLoss;
import io.sae.tf.loss.ReconstructionBceLoss;
import io.sae.tf.loss.ReconstructionMseLoss;
import io.sae.tf.loss.SoftmaxCrossEntropyLoss;
import io.sae.tf.readout.ArgmaxFirstKGraph;
import io.sae.tf.readout.LinearGraph;
import io.sae.tf.readout.NearestCentreGraph;
import io.sae.tf.readout.SoftmaxHeadGraph;

/** The TensorFlow core's built-in loss builders and readout graphs, registered like any plugin's. */
public final class TfPlugin implements SaePlugin {
  @Override
  public void register(Extensions extensions) {
    extensions.add(TfExtensions.LOSSES, LossKinds.RECONSTRUCTION_MSE, new ReconstructionMseLoss());
    extensions.add(TfExtensions.LOSSES, LossKinds.RECONSTRUCTION_BCE, new ReconstructionBceLoss());
    extensions.add(TfExtensions.LOSSES, LossKinds.SOFTMAX_CROSS_ENTROPY, new SoftmaxCrossEntropyLoss());
    extensions.add(TfExtensions.LOSSES, LossKinds.LATENT_MSE, new LatentMseLoss());
    extensions.add(TfExtensions.LOSSES, LossKinds.KL_NORMAL, new KlNormalLoss());
    extensions.add(TfExtensions.READOUT_GRAPHS, SoftmaxHeadGraph.KIND, new SoftmaxHeadGraph());
    extensions.add(TfExtensions.READOUT_GRAPHS, NearestCentreGraph.KIND, new NearestCentreGraph());
    extensions.add(TfExtensions.READOUT_GRAPHS, ArgmaxFirstKGraph.KIND, new ArgmaxFirstKGraph());
    extensions.add(TfExtensions.READOUT_GRAPHS, LinearGraph.KIND, new LinearGraph());
  }

  @Override
  public String pluginName() {
    return "sae-tf (built-in loss terms and readout graphs)";
  }
}
