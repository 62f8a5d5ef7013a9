package io.sae.api.plugin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one or more plugins registered, by extension point and name; the host builds its registries from it, and a
 * plugin's own tests can check what it registers without the runtime.
 */
public final class ExtensionSet implements Extensions {
  private final Map<ExtensionPoint<?>, Map<String, Object>> byPoint = new LinkedHashMap<>();
  private final Map<ExtensionPoint<?>, Map<String, String>> owners = new LinkedHashMap<>();
  private String current = "?";

  /**
   * Collects what {@code plugins} register, in order.
   *
   * @throws IllegalArgumentException when two plugins register one name at one point (naming both), or a
   *     plugin's {@code register} fails (naming it)
   */
  public static ExtensionSet of(List<? extends SaePlugin> plugins) {
    ExtensionSet set = new ExtensionSet();
    for (SaePlugin p : plugins) {
      set.current = p.pluginName();
      try {
        p.register(set);
      } catch (DuplicateName e) {
        throw e;
      } catch (RuntimeException e) {
        throw new PluginFailure(p, e);
      }
    }
    return set;
  }

  /** Collects what {@code plugins} register. */
  public static ExtensionSet of(SaePlugin... plugins) { return of(List.of(plugins)); }

  @Override
  public <T> void add(ExtensionPoint<T> point, String name, T extension) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a " + point.name() + " needs a non-blank name");
    }
    if (!point.type().isInstance(extension)) {
      throw new IllegalArgumentException(point.name() + " '" + name + "' is not a " + point.type().getName());
    }
    String before = owners.computeIfAbsent(point, k -> new LinkedHashMap<>()).putIfAbsent(name, current);
    if (before != null) {
      throw new DuplicateName(point.name() + " '" + name + "' is registered twice: by " + before + " and by " + current);
    }
    byPoint.computeIfAbsent(point, k -> new LinkedHashMap<>()).put(name, extension);
  }

  /** Every value registered at {@code point}, by name in name order (empty when none). */
  public <T> Map<String, T> get(ExtensionPoint<T> point) {
    Map<String, T> out = new TreeMap<>();
    byPoint.getOrDefault(point, Map.of()).forEach((name, value) -> out.put(name, point.type().cast(value)));
    return out;
  }

  /** The points something was registered at. */
  public List<ExtensionPoint<?>> points() { return List.copyOf(byPoint.keySet()); }

  /** Two registrations of one name at one extension point. */
  public static final class DuplicateName extends IllegalArgumentException {
    DuplicateName(String message) {
      super(message);
    }
  }

  /** A plugin's {@code register} threw: carries the plugin for the host's message. */
  public static final class PluginFailure extends IllegalArgumentException {
    private final transient SaePlugin plugin;

    PluginFailure(SaePlugin plugin, RuntimeException cause) {
      super("plugin " + plugin.pluginName() + " failed to register: " + cause.getMessage(), cause);
      this.plugin = plugin;
    }

    /** The plugin whose {@code register} failed. */
    public SaePlugin plugin() { return plugin; }
  }
}
