package io.sae.api.plugin;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.spi.Message;
import io.sae.api.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Builds the one injector of a process: the given core modules plus every {@link SaePlugin} that
 * {@link ServiceLoader} finds through a class loader (the application's, or a {@link PluginPath}'s).
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
    return injector(PluginPath.none(classLoader), discover(classLoader), core);
  }

  /**
   * An injector over {@code core} and {@code plugins}.
   *
   * @throws InvalidInputException when a plugin fails in {@code configure} (naming it and its jar) or two
   *     plugins register the same name
   */
  public static Injector injector(PluginPath path, List<SaePlugin> plugins, Module... core) {
    // Each plugin's configure() runs alone first, so an error names the plugin (and jar) that caused it.
    for (SaePlugin p : plugins) {
      for (Element e : Elements.getElements(p)) {
        if (e instanceof Message m) {
          throw new InvalidInputException("plugin " + p.pluginName() + path.jarOf(p.getClass()).map(j -> " (jar " + j + ")").orElse("")
              + " failed to register: " + m.getMessage());
        }
      }
    }
    List<Module> modules = new ArrayList<>(List.of(core));
    modules.addAll(plugins);
    try {
      return Guice.createInjector(modules);
    } catch (CreationException e) {
      Message first = e.getErrorMessages().iterator().next();
      throw new InvalidInputException("the plugins could not be registered together: " + first.getMessage().replace('\n', ' '), e);
    }
  }
}
