package io.sae.runtime.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.util.Types;
import io.sae.api.plugin.ExtensionPoint;
import io.sae.api.plugin.ExtensionSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * The process's registries: one Guice injector in which every extension point is a {@link MapBinder} keyed by
 * name (as in Druid's extensions), filled with what the plugins registered. Guice stays on the host side: plugins
 * hand over values through the SPI and never see a binder.
 */
public final class Registries {
  private final Injector injector;

  Registries(ExtensionSet extensions) {
    this.injector = Guice.createInjector(new AbstractModule() {
      @Override
      protected void configure() {
        for (ExtensionPoint<?> point : extensions.points()) {
          bindAll(point, extensions);
        }
      }

      private <T> void bindAll(ExtensionPoint<T> point, ExtensionSet extensions) {
        MapBinder<String, T> map = MapBinder.newMapBinder(binder(), TypeLiteral.get(String.class), TypeLiteral.get(point.type()));
        extensions.get(point).forEach((name, value) -> map.addBinding(name).toInstance(value));
      }
    });
  }

  /** Every value registered at {@code point}, by name in name order (empty when no plugin registered one). */
  @SuppressWarnings("unchecked")
  public <T> Map<String, T> get(ExtensionPoint<T> point) {
    Key<?> key = Key.get(Types.mapOf(String.class, point.type()));
    if (injector.getExistingBinding(key) == null) {
      return Map.of();
    }
    return new TreeMap<>((Map<String, T>) injector.getInstance(key));
  }
}
