package io.sae.tf;

import io.sae.api.plugin.ExtensionPoint;
import io.sae.tf.spi.TransformBuilder;
import io.sae.tf.spi.LossBuilder;
import io.sae.tf.spi.ReadoutGraph;

/** The extension points of the TensorFlow core, which a plugin adds to with {@code Extensions.add}. */
public final class TfExtensions {
  private TfExtensions() {}

  /** Loss builders by the {@code kind} a {@link io.sae.api.method.LossTerm} names. */
  public static final ExtensionPoint<LossBuilder> LOSSES = new ExtensionPoint<>("loss", LossBuilder.class);

  /** Encoder transforms by the {@code kind} a {@link io.sae.api.model.TransformSpec} names. */
  public static final ExtensionPoint<TransformBuilder> TRANSFORMS = new ExtensionPoint<>("transform", TransformBuilder.class);

  /**
   * Readout graphs (latent to class scores) by kind: a plan's {@link io.sae.api.method.ReadoutSpec} kind when the
   * spec alone defines the readout, or the graph kind a host fit names (e.g. {@code linear}).
   */
  public static final ExtensionPoint<ReadoutGraph> READOUT_GRAPHS = new ExtensionPoint<>("readout graph", ReadoutGraph.class);
}
