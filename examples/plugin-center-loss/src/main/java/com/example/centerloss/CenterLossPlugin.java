package com.example.centerloss;

import com.google.inject.AbstractModule;
import io.sae.api.plugin.Registries;
import io.sae.api.plugin.SaePlugin;
import io.sae.tf.TfRegistries;

/**
 * A third-party plugin: registers the method {@code center-loss} and the loss kind it needs. Listed in
 * {@code META-INF/services/io.sae.api.plugin.SaePlugin}; sae finds it when the jar is on the plugin path
 * ({@code sae --plugins DIR}, {@code $SAE_PLUGINS}) or on the classpath of an embedding application.
 */
public final class CenterLossPlugin extends AbstractModule implements SaePlugin {
  @Override
  protected void configure() {
    Registries.methods(binder()).addBinding(CenterLossMethod.NAME).to(CenterLossMethod.class);
    TfRegistries.losses(binder()).addBinding(CenterLossTerm.KIND).to(CenterLossTerm.class);
  }

  @Override
  public String pluginName() {
    return "center-loss (example)";
  }
}
