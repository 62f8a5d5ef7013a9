package io.sae.api.plugin;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import io.sae.api.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Builds the one injector of a process: the given core modules plus every {@link SaePlugin} that
 * {@link ServiceLoader} finds through {@code classLoader}.
 */
public final class PluginLoader {
  private PluginLoader() {}

  /** Plugins visible to {@code classLoader}. */
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

  /** An injector over {@code core} and every discovered plugin. */
  public static Injector injector(ClassLoader classLoader, Module... core) {
    List<Module> modules = new ArrayList<>(List.of(core));
    modules.addAll(discover(classLoader));
    return Guice.createInjector(modules);
  }
}
