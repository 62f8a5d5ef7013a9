package io.sae.api.plugin;

import io.sae.api.data.DatasetSource;
import io.sae.api.data.Grouping;
import io.sae.api.method.StructuringMethod;

/** Where a {@link SaePlugin} puts what it brings: a named value per {@link ExtensionPoint}. */
public interface Extensions {

  /**
   * Registers {@code extension} under {@code name} at {@code point}.
   *
   * @throws IllegalArgumentException when {@code extension} is not of the point's type or the name is blank
   */
  <T> void add(ExtensionPoint<T> point, String name, T extension);

  /** A structuring method, e.g. {@code sae train --method NAME}. */
  default void method(String name, StructuringMethod method) { add(ExtensionPoint.METHODS, name, method); }

  /** A named dataset, e.g. {@code sae train --dataset NAME}. */
  default void dataset(String name, DatasetSource source) { add(ExtensionPoint.DATASETS, name, source); }

  /** A named grouping of classes, e.g. {@code sae train --grouping NAME}. */
  default void grouping(String name, Grouping grouping) { add(ExtensionPoint.GROUPINGS, name, grouping); }
}
