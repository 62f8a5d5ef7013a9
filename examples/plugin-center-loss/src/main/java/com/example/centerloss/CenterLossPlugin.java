package com.example.centerloss;

import io.sae.api.plugin.Extensions;
import io.sae.api.plugin.SaePlugin;
import io.sae.tf.TfExtensions;

/**
 * A third-party plugin: registers the method {@code center-loss} and the loss kind it needs. Listed in
 * {@code META-INF/services/io.sae.api.plugin.SaePlugin}; sae finds it when the jar is on the plugin path
 * ({@code sae --plugins DIR}, {@code $SAE_PLUGINS}) or on the classpath of an embedding application.
 */
public final class CenterLossPlugin implements SaePlugin {
  @Override
  public void register(Extensions extensions) {
    extensions.method(CenterLossMethod.NAME, new CenterLossMethod());
    extensions.add(TfExtensions.LOSSES, CenterLossTerm.KIND, new CenterLossTerm());
  }

  @Override
  public String pluginName() {
    return "center-loss (example)";
  }
}
