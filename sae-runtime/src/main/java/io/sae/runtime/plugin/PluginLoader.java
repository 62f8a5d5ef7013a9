package io.sae.runtime.plugin;

import io.sae.api.InvalidInputException;
import io.sae.api.plugin.ExtensionSet;
import io.sae.api.plugin.SaePlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the {@link SaePlugin}s of a class loader (the application's, or a {@link PluginPath}'s) and turns what they
 * register into the process's {@link Registries}.
 */
public final class PluginLoader {
  private PluginLoader() {}

  /** Plugins visible to {@code classLoader}, in ServiceLoader order. */
  public static List<SaePlugin> discover(ClassLoader classLoader) {
    List<SaePlugin> plugins = new ArrayList<>();
    try {
      for (SaePlugin p : ServiceLoader.load(SaePlugin.class, classLoader)) {
        plugins.add(p);
      }
    } catch (ServiceConfigurationError e) {
      throw new InvalidInputException("a plugin could not be loaded: " + e.getMessage(), e);
    }
    return plugins;
  }

  /** The registries of every plugin {@code classLoader} sees. */
  public static Registries registries(ClassLoader classLoader) {
    return registries(PluginPath.none(classLoader), discover(classLoader));
  }

  /**
   * The registries of {@code plugins}.
   *
   * @throws InvalidInputException when a plugin fails in {@code register} (naming it and its jar) or two plugins
   *     register one name at one extension point (naming both)
   */
  public static Registries registries(PluginPath path, List<SaePlugin> plugins) {
    try {
      return new Registries(ExtensionSet.of(plugins));
    } catch (ExtensionSet.PluginFailure e) {
      String jar = path.jarOf(e.plugin().getClass()).map(j -> " (jar " + j + ")").orElse("");
      throw new InvalidInputException("plugin " + e.plugin().pluginName() + jar + " failed to register: " + e.getCause().getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("the plugins could not be registered together: " + e.getMessage(), e);
    }
  }
}
