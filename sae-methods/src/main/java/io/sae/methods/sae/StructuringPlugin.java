package io.sae.methods.sae;

import com.google.inject.AbstractModule;
import io.sae.api.plugin.Registries;
import io.sae.api.plugin.SaePlugin;

/** Registers {@code sae}, the structuring autoencoder of paper 001. */
public final class StructuringPlugin extends AbstractModule implements SaePlugin {
  @Override
  protected void configure() {
    Registries.methods(binder()).addBinding("sae").to(SaeMethod.class);
  }

  @Override
  public String pluginName() {
    return "sae (paper 001)";
  }
}
