package io.sae.api.plugin;

import com.google.inject.Module;

/**
 * A plugin: a Guice module found through {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.sae.api.plugin.SaePlugin}; it needs a public no-argument constructor). In
 * {@code configure} it adds its methods, datasets and groupings to the named registries with
 * {@link Registries}; the core never names a plugin class.
 *
 * <pre>{@code
 * public final class MyPlugin extends AbstractModule implements SaePlugin {
 *   protected void configure() {
 *     Registries.methods(binder()).addBinding("my-method").to(MyMethod.class);
 *   }
 * }
 * }</pre>
 */
public interface SaePlugin extends Module {

  /** A short name for messages and {@code sae methods}; defaults to the class name. */
  default String pluginName() {
    return getClass().getName();
  }
}
