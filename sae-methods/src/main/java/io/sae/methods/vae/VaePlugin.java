package io.sae.methods.vae;

import io.sae.api.plugin.Extensions;
import io.sae.api.plugin.SaePlugin;
import io.sae.tf.TfExtensions;

/** Registers the variational autoencoders of paper 004. */
public final class VaePlugin implements SaePlugin {
  @Override
  public void register(Extensions extensions) {
    extensions.method(VaeMethod.VAE, new VaeMethod(VaeMethod.VAE, 1.0));
    extensions.method(VaeMethod.BETA_VAE, new VaeMethod(VaeMethod.BETA_VAE, 5.0));
    extensions.method(CvaeMethod.NAME, new CvaeMethod());
    extensions.method(LambdaHotVaeMethod.NAME, new LambdaHotVaeMethod());
    extensions.method(KMeansVaeMethod.NAME, new KMeansVaeMethod());
    extensions.add(TfExtensions.LOSSES, NearestCentreKl.KIND, new NearestCentreKl());
  }

  @Override
  public String pluginName() {
    return "vae family (paper 004)";
  }
}
