package io.sae.serve.rest;

import static io.sae.tf.export.ExportSignatures.CLASSES;
import static io.sae.tf.export.ExportSignatures.CLASSIFY;
import static io.sae.tf.export.ExportSignatures.DECODE;
import static io.sae.tf.export.ExportSignatures.ENCODE;
import static io.sae.tf.export.ExportSignatures.RECONSTRUCT;
import static io.sae.tf.export.ExportSignatures.SCORES;
import static io.sae.tf.export.ExportSignatures.SERVING_DEFAULT;
import static io.sae.tf.export.ExportSignatures.X;
import static io.sae.tf.export.ExportSignatures.X_HAT;
import static io.sae.tf.export.ExportSignatures.Z;

import io.sae.api.data.FloatMatrix;
import io.sae.api.model.Classification;
import io.sae.api.model.ModelInfo;
import io.sae.api.model.SaeModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The signatures {@code sae export} writes ({@code io.sae.tf.export.ExportSignatures}: same names, inputs,
 * outputs and shapes), answered by a {@link SaeModel}'s own calls, so a run folder is served exactly like its
 * export: {@code serving_default} and {@code encode} (x -> z), {@code decode} (z -> x_hat) and {@code reconstruct}
 * (x -> x_hat) when the model has a decoder, {@code classify} (x -> classes, scores) when it carries a latent
 * classifier as graph ops ({@link SaeModel#canClassify()}).
 */
public final class Signatures {
  private Signatures() {}

  /** The signatures of {@code model}, by name, in {@code sae export}'s order. */
  public static Map<String, SignatureDef> of(SaeModel model) {
    ModelInfo info = model.info();
    int d = info.architecture().inputSize();
    int latent = info.latentDim();
    TensorSpec x = TensorSpec.floatRows(X, d);
    TensorSpec z = TensorSpec.floatRows(Z, latent);
    Map<String, SignatureDef> out = new LinkedHashMap<>();
    Function<Map<String, Tensor>, Map<String, Tensor>> encode = in -> Map.of(Z, new Tensor.Floats(model.encode(floats(in, X))));
    out.put(SERVING_DEFAULT, new SignatureDef(SERVING_DEFAULT, List.of(x), List.of(z), encode));
    out.put(ENCODE, new SignatureDef(ENCODE, List.of(x), List.of(z), encode));
    if (info.hasDecoder()) {
      TensorSpec xHat = TensorSpec.floatRows(X_HAT, d);
      out.put(DECODE, new SignatureDef(DECODE, List.of(z), List.of(xHat),
          in -> Map.of(X_HAT, new Tensor.Floats(model.decode(floats(in, Z))))));
      out.put(RECONSTRUCT, new SignatureDef(RECONSTRUCT, List.of(x), List.of(xHat),
          in -> Map.of(X_HAT, new Tensor.Floats(model.reconstruct(floats(in, X))))));
    }
    if (model.canClassify()) {
      int k = info.classNames().size();
      out.put(CLASSIFY, new SignatureDef(CLASSIFY, List.of(x), List.of(TensorSpec.int64Vector(CLASSES), TensorSpec.floatRows(SCORES, k)),
          in -> {
            Classification c = model.classify(floats(in, X));
            int[] classes = c.classes();
            long[] wide = new long[classes.length];
            for (int i = 0; i < classes.length; i++) {
              wide[i] = classes[i];
            }
            Map<String, Tensor> o = new LinkedHashMap<>();
            o.put(CLASSES, new Tensor.Int64s(wide));
            o.put(SCORES, new Tensor.Floats(c.scores()));
            return o;
          }));
    }
    return out;
  }

  private static FloatMatrix floats(Map<String, Tensor> in, String key) {
    return ((Tensor.Floats) in.get(key)).value();
  }
}
