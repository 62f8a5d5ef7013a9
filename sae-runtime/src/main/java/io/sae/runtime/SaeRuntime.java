package io.sae.runtime;

import io.sae.api.InvalidInputException;
import io.sae.api.data.DataContext;
import io.sae.api.data.DatasetSource;
import io.sae.api.data.Grouping;
import io.sae.api.method.ReadoutFitter;
import io.sae.api.method.StructuringMethod;
import io.sae.api.plugin.ExtensionPoint;
import io.sae.api.plugin.SaePlugin;
import io.sae.runtime.plugin.PluginLoader;
import io.sae.runtime.plugin.PluginPath;
import io.sae.runtime.plugin.Registries;
import io.sae.tf.TfExtensions;
import io.sae.tf.device.Compute;
import io.sae.tf.spi.TransformBuilder;
import io.sae.tf.spi.LossBuilder;
import io.sae.tf.spi.ReadoutGraph;
import io.sae.tf.train.Trainer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import io.sae.runtime.data.InMemoryDataset;

/**
 * The plugin runtime: the process's {@link Registries}, filled by every plugin that {@link java.util.ServiceLoader}
 * finds on the classpath (the TensorFlow core's built-in losses, the data sources, the built-in methods) and in the
 * plugin path ({@code --plugins}, {@code $SAE_PLUGINS}). Neither the runtime nor the CLI names a plugin class.
 */
public final class SaeRuntime implements AutoCloseable {
  private final Registries registries;
  private final PluginPath pluginPath;
  private final List<SaePlugin> plugins;
  private final Path cacheDir;
  private final Consumer<String> log;
  private final Map<String, DatasetSource> inMemory = new ConcurrentHashMap<>();
  private volatile boolean acceptChangedData;
  private volatile Compute compute = Compute.DEFAULT;

  /** A runtime over the classpath's plugins only, logging data messages to {@code log}. */
  public SaeRuntime(Path cacheDir, PrintWriter log) {
    this(cacheDir, log, List.of());
  }

  /**
   * @param pluginEntries folders of plugin jars, or jars, to load besides the classpath
   * @throws io.sae.api.InvalidInputException naming a missing folder or a broken jar or plugin
   */
  public SaeRuntime(Path cacheDir, PrintWriter log, List<Path> pluginEntries) {
    this(cacheDir, line -> {
      log.println(line);
      log.flush();
    }, pluginEntries);
  }

  /**
   * @param cacheDir where built-in datasets are fetched to and cached
   * @param log receives one line per data message (fetching, a split made, ...)
   * @param pluginEntries folders of plugin jars, or jars, to load besides the classpath
   * @throws io.sae.api.InvalidInputException naming a missing folder or a broken jar or plugin
   */
  public SaeRuntime(Path cacheDir, Consumer<String> log, List<Path> pluginEntries) {
    this.pluginPath = PluginPath.open(pluginEntries, SaeRuntime.class.getClassLoader());
    this.plugins = PluginLoader.discover(pluginPath.loader());
    this.registries = PluginLoader.registries(pluginPath, plugins);
    this.cacheDir = cacheDir;
    this.log = log;
  }

  /** The dataset cache a user expects: {@code $SAE_CACHE_DIR}, else {@code ~/.cache/sae}. */
  public static Path defaultCacheDir() {
    String env = System.getenv("SAE_CACHE_DIR");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".cache", "sae");
  }

  /**
   * Makes in-memory data available under its name ({@code memory:NAME}) to every data request of this runtime.
   * Registering another dataset under the same name replaces it.
   */
  public void register(InMemoryDataset data) {
    inMemory.put(data.name(), data.source());
  }

  /** The plugins found on the classpath and the plugin path. */
  public List<SaePlugin> plugins() {
    return plugins;
  }

  /** Every value registered at {@code point} by name, e.g. a plugin's own extension point. */
  public <T> Map<String, T> extensions(ExtensionPoint<T> point) {
    return registries.get(point);
  }

  /** The jars loaded besides the classpath. */
  public PluginPath pluginPath() {
    return pluginPath;
  }

  /** Every registered method by name. */
  public Map<String, StructuringMethod> methods() {
    return registries.get(ExtensionPoint.METHODS);
  }

  /** Every dataset by name: the plugins' built-in ones and the in-memory ones registered here. */
  public Map<String, DatasetSource> datasets() {
    Map<String, DatasetSource> all = new TreeMap<>(registries.get(ExtensionPoint.DATASETS));
    all.putAll(inMemory);
    return all;
  }

  /** Every built-in grouping by name. */
  public Map<String, Grouping> groupings() {
    return registries.get(ExtensionPoint.GROUPINGS);
  }

  /** The loss builders by kind (core and plugins). */
  public Map<String, LossBuilder> losses() {
    return registries.get(TfExtensions.LOSSES);
  }

  /** The encoder transforms by kind. */
  public Map<String, TransformBuilder> transforms() {
    return registries.get(TfExtensions.TRANSFORMS);
  }

  /** The readout graphs by kind (latent to class scores, for classify and export). */
  public Map<String, ReadoutGraph> readoutGraphs() {
    return registries.get(TfExtensions.READOUT_GRAPHS);
  }

  /**
   * The host side (fit, predict) of the readout kind a plan names, or an error listing the registered kinds. The
   * built-in ones come with the evaluation module (sae-eval), which an embedding runtime may leave out.
   */
  public ReadoutFitter readout(String kind) {
    Map<String, ReadoutFitter> readouts = registries.get(ExtensionPoint.READOUTS);
    ReadoutFitter r = readouts.get(kind);
    if (r == null) {
      throw new InvalidInputException("unknown readout '" + kind + "' (registered: " + String.join(", ", readouts.keySet())
          + "; a plugin's readout needs its jar on the plugin path: --plugins DIR or $SAE_PLUGINS)");
    }
    return r;
  }

  /** The training loop over this runtime's loss builders and transforms, computing as {@link #compute()} says. */
  public Trainer trainer() {
    return new Trainer(losses(), transforms(), compute);
  }

  /** The method registered as {@code name}, or an error listing the registered ones. */
  public StructuringMethod method(String name) {
    StructuringMethod m = methods().get(name);
    if (m == null) {
      throw new InvalidInputException("unknown method '" + name + "' (available: " + String.join(", ", methods().keySet()) + "; see 'sae methods'; a plugin's method needs its jar on the plugin path: --plugins DIR or $SAE_PLUGINS)");
    }
    return m;
  }

  /** What a dataset source is given to load: the cache, the log and the seed. */
  public DataContext dataContext(long seed) {
    return new DataContext(cacheDir, log, seed);
  }

  /** Where this runtime's messages go (data fetching, splits made, run summaries). */
  public Consumer<String> log() {
    return log;
  }

  /** Closes the class loader of the plugin jars, if any were loaded; the classpath's plugins need nothing. */
  @Override
  public void close() throws java.io.IOException {
    if (!pluginPath.jars().isEmpty() && pluginPath.loader() instanceof java.net.URLClassLoader jars) {
      jars.close();
    }
  }

  /**
   * Whether a run's data may differ from the ones it trained on ({@code --accept-changed-data}); off by default,
   * so that evaluating, encoding or resuming a run on edited data files is refused (see {@code RunConfig.prepareData}).
   */
  public boolean acceptsChangedData() {
    return acceptChangedData;
  }

  /** Sets {@link #acceptsChangedData()}; returns this runtime. */
  public SaeRuntime acceptChangedData(boolean accept) {
    this.acceptChangedData = accept;
    return this;
  }

  /**
   * The device and precision of training graphs ({@code --device}, {@code --precision}); float32 on the CPU by default.
   * Not part of a run's config: they say where a run computes, not what it trains.
   */
  public Compute compute() {
    return compute;
  }

  /** Sets {@link #compute()}; returns this runtime. */
  public SaeRuntime compute(Compute settings) {
    this.compute = java.util.Objects.requireNonNull(settings);
    return this;
  }

  /** Where built-in datasets are cached. */
  public Path cacheDir() {
    return cacheDir;
  }
}
