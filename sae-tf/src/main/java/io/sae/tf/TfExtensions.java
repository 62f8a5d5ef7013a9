package io.sae.tf;

import io.sae.api.plugin.ExtensionPoint;
import io.sae.tf.spi.TransformBuilder;
import io.sae.tf.spi.LossBuilder;

/** The extension points of the TensorFlow core, which a plugin adds to with {@code Extensions.add}. */
public final class TfExtensions {
  private TfExtensions() {}

  /** Loss builders by the {@code kind} a {@link io.sae.api.method.LossTerm} names. */
  public static final ExtensionPoint<LossBuilder> LOSSES = new ExtensionPoint<>("loss", LossBuilder.class);

  /** Encoder transforms by the {@code kind} a {@link io.sae.api.model.TransformSpec} names. */
  public static final ExtensionPoint<TransformBuilder> TRANSFORMS = new ExtensionPoint<>("transform", TransformBuilder.class);
}
