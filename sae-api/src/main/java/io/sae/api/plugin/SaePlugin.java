package io.sae.api.plugin;

/**
 * A plugin: a class found through {@link java.util.ServiceLoader} (list it in
 * {@code META-INF/services/io.sae.api.plugin.SaePlugin}; it needs a public no-argument constructor) that hands
 * its methods, datasets, groupings, loss builders, transforms and readouts to the host in {@link #register}. The
 * host never names a plugin class, and a plugin never sees the host's dependency injection: like Trino's
 * {@code Plugin}, it gives values, and the runtime binds them.
 *
 * <pre>{@code
 * public final class MyPlugin implements SaePlugin {
 *   public void register(Extensions extensions) {
 *     extensions.method("my-method", new MyMethod());
 *     extensions.add(TfExtensions.LOSSES, MyLoss.KIND, new MyLoss());
 *   }
 * }
 * }</pre>
 */
public interface SaePlugin {

  /** A short name for messages and {@code sae methods}; defaults to the class name. */
  default String pluginName() { return getClass().getName(); }

  /**
   * Adds this plugin's extensions. Called once per runtime; a name may be registered once per extension point
   * across all plugins.
   */
  void register(Extensions extensions);
}
