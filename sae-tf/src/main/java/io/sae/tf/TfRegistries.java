package io.sae.tf;

import com.google.inject.Binder;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import io.sae.tf.graph.TransformBuilder;
import io.sae.tf.loss.LossBuilder;
import java.util.Map;

/** Registries of the TensorFlow core that plugins may add to: loss builders and encoder transforms by kind. */
public final class TfRegistries {
  private TfRegistries() {}

  public static MapBinder<String, LossBuilder> losses(Binder binder) {
    return MapBinder.newMapBinder(binder, String.class, LossBuilder.class);
  }

  public static MapBinder<String, TransformBuilder> transforms(Binder binder) {
    return MapBinder.newMapBinder(binder, String.class, TransformBuilder.class);
  }

  public static final TypeLiteral<Map<String, LossBuilder>> LOSSES = new TypeLiteral<>() {};

  public static final TypeLiteral<Map<String, TransformBuilder>> TRANSFORMS = new TypeLiteral<>() {};
}
