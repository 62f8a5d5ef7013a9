package io.sae.api.plugin;

import io.sae.api.data.DatasetSource;
import io.sae.api.data.Grouping;
import io.sae.api.method.ReadoutFitter;
import io.sae.api.method.StructuringMethod;

/**
 * A named registry plugins add to: values of {@code type}, each under a name unique across plugins. The SPI
 * declares the TensorFlow-free points; the TensorFlow core declares its own (loss builders, encoder
 * transforms, readout graphs) the same way.
 *
 * @param name the registry's name in messages ("method", "loss", ...)
 * @param type what every value registered here implements
 */
public record ExtensionPoint<T>(String name, Class<T> type) {

  /** Structuring methods. */
  public static final ExtensionPoint<StructuringMethod> METHODS = new ExtensionPoint<>("method", StructuringMethod.class);

  /** Named datasets. */
  public static final ExtensionPoint<DatasetSource> DATASETS = new ExtensionPoint<>("dataset", DatasetSource.class);

  /** Named groupings of classes. */
  public static final ExtensionPoint<Grouping> GROUPINGS = new ExtensionPoint<>("grouping", Grouping.class);

  /** Host-side readouts (fit, predict) by the kind a {@link io.sae.api.method.ReadoutSpec} names. */
  public static final ExtensionPoint<ReadoutFitter> READOUTS = new ExtensionPoint<>("readout", ReadoutFitter.class);
}
