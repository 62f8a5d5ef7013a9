package com.example.dec;

import io.sae.api.plugin.ExtensionPoint;
import io.sae.api.plugin.Extensions;
import io.sae.api.plugin.SaePlugin;
import io.sae.tf.TfExtensions;

/**
 * A third-party plugin: the method {@code dec} (Deep Embedded Clustering), its loss kind {@code dec-kl} and its readout
 * {@code dec-assignment} (host fit and graph ops). Listed in
 * {@code META-INF/services/io.sae.api.plugin.SaePlugin}; sae finds it on the plugin path ({@code sae --plugins DIR},
 * {@code $SAE_PLUGINS}) or on the classpath of an embedding application.
 */
public final class DecPlugin implements SaePlugin {
  @Override
  public void register(Extensions extensions) {
    extensions.method(DecMethod.NAME, new DecMethod());
    extensions.add(TfExtensions.LOSSES, DecKlTerm.KIND, new DecKlTerm());
    extensions.add(ExtensionPoint.READOUTS, DecReadout.KIND, new DecReadout());
    extensions.add(TfExtensions.READOUT_GRAPHS, DecReadout.KIND, new DecReadoutGraph());
  }

  @Override
  public String pluginName() {
    return "dec (example)";
  }
}
