package io.sae.api.plugin;

import com.google.inject.Binder;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import io.sae.api.data.DatasetSource;
import io.sae.api.data.Grouping;
import io.sae.api.method.StructuringMethod;
import java.util.Map;

/**
 * The named registries plugins contribute to. Each is a Guice {@link MapBinder} keyed by name; bindings from
 * several plugins merge, and two plugins binding the same name is an error at start-up.
 */
public final class Registries {
  private Registries() {}

  /** Structuring methods by name. */
  public static MapBinder<String, StructuringMethod> methods(Binder binder) {
    return MapBinder.newMapBinder(binder, String.class, StructuringMethod.class);
  }

  /** Named datasets. */
  public static MapBinder<String, DatasetSource> datasets(Binder binder) {
    return MapBinder.newMapBinder(binder, String.class, DatasetSource.class);
  }

  /** Named groupings of classes. */
  public static MapBinder<String, Grouping> groupings(Binder binder) {
    return MapBinder.newMapBinder(binder, String.class, Grouping.class);
  }

  /** Injection keys of the resulting maps. */
  public static final TypeLiteral<Map<String, StructuringMethod>> METHODS = new TypeLiteral<>() {};

  public static final TypeLiteral<Map<String, DatasetSource>> DATASETS = new TypeLiteral<>() {};

  public static final TypeLiteral<Map<String, Grouping>> GROUPINGS = new TypeLiteral<>() {};
}
