package io.sae.cli;

import com.google.inject.Injector;
import com.google.inject.Key;
import io.sae.api.InvalidInputException;
import io.sae.api.data.DataContext;
import io.sae.api.data.DatasetSource;
import io.sae.api.data.Grouping;
import io.sae.api.method.StructuringMethod;
import io.sae.api.plugin.PluginLoader;
import io.sae.api.plugin.PluginPath;
import io.sae.api.plugin.Registries;
import io.sae.api.plugin.SaePlugin;
import io.sae.tf.TfModule;
import io.sae.tf.TfRegistries;
import io.sae.tf.graph.TransformBuilder;
import io.sae.tf.loss.LossBuilder;
import io.sae.tf.train.Trainer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The process's registries: one Guice injector over the TensorFlow core module and every plugin that
 * {@link java.util.ServiceLoader} finds, on the classpath and in the plugin path ({@code --plugins},
 * {@code $SAE_PLUGINS}). The CLI never names a plugin class.
 */
public final class Services {
  private final Injector injector;
  private final PluginPath pluginPath;
  private final List<SaePlugin> plugins;
  private final Path cacheDir;
  private final PrintWriter log;

  /** Services over the classpath's plugins only. */
  public Services(Path cacheDir, PrintWriter log) {
    this(cacheDir, log, List.of());
  }

  /**
   * @param pluginEntries folders of plugin jars, or jars, to load besides the classpath
   * @throws io.sae.api.InvalidInputException naming a missing folder or a broken jar or plugin
   */
  public Services(Path cacheDir, PrintWriter log, List<Path> pluginEntries) {
    this.pluginPath = PluginPath.open(pluginEntries, Services.class.getClassLoader());
    this.plugins = PluginLoader.discover(pluginPath.loader());
    this.injector = PluginLoader.injector(pluginPath, plugins, new TfModule());
    this.cacheDir = cacheDir;
    this.log = log;
  }

  public List<SaePlugin> plugins() {
    return plugins;
  }

  /** The jars loaded besides the classpath. */
  public PluginPath pluginPath() {
    return pluginPath;
  }

  public Map<String, StructuringMethod> methods() {
    return new TreeMap<>(injector.getInstance(Key.get(Registries.METHODS)));
  }

  public Map<String, DatasetSource> datasets() {
    return new TreeMap<>(injector.getInstance(Key.get(Registries.DATASETS)));
  }

  public Map<String, Grouping> groupings() {
    return new TreeMap<>(injector.getInstance(Key.get(Registries.GROUPINGS)));
  }

  public Map<String, LossBuilder> losses() {
    return injector.getInstance(Key.get(TfRegistries.LOSSES));
  }

  public Map<String, TransformBuilder> transforms() {
    return injector.getInstance(Key.get(TfRegistries.TRANSFORMS));
  }

  public Trainer trainer() {
    return new Trainer(losses(), transforms());
  }

  /** The method registered as {@code name}, or an error listing the registered ones. */
  public StructuringMethod method(String name) {
    StructuringMethod m = methods().get(name);
    if (m == null) {
      throw new InvalidInputException("unknown method '" + name + "' (available: " + String.join(", ", methods().keySet()) + "; see 'sae methods'; a plugin's method needs its jar on the plugin path: --plugins DIR or $SAE_PLUGINS)");
    }
    return m;
  }

  public DataContext dataContext(long seed) {
    return new DataContext(cacheDir, line -> {
      log.println(line);
      log.flush();
    }, seed);
  }

  public Path cacheDir() {
    return cacheDir;
  }
}
