package io.sae.methods.vae;

import com.google.inject.AbstractModule;
import io.sae.api.plugin.Registries;
import io.sae.api.plugin.SaePlugin;

/** Registers the variational autoencoders of paper 004. */
public final class VaePlugin extends AbstractModule implements SaePlugin {
  @Override
  protected void configure() {
    var methods = Registries.methods(binder());
    methods.addBinding(VaeMethod.VAE).toInstance(new VaeMethod(VaeMethod.VAE, 1.0));
    methods.addBinding(VaeMethod.BETA_VAE).toInstance(new VaeMethod(VaeMethod.BETA_VAE, 5.0));
    methods.addBinding(CvaeMethod.NAME).toInstance(new CvaeMethod());
    methods.addBinding(LambdaHotVaeMethod.NAME).toInstance(new LambdaHotVaeMethod());
    methods.addBinding(KMeansVaeMethod.NAME).toInstance(new KMeansVaeMethod());
  }

  @Override
  public String pluginName() {
    return "vae family (paper 004)";
  }
}
