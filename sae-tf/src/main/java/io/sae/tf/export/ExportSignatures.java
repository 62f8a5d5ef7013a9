package io.sae.tf.export;

import io.sae.tf.graph.ModelGraph;
import io.sae.tf.readout.ReadoutOps;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tensorflow.Signature;

/**
 * The signatures an export carries, all with TF Serving's predict method name so its REST and gRPC predict
 * APIs accept them:
 *
 * <pre>
 * serving_default  x [batch, D] float32 -> z [batch, latent] float32
 * encode           x -> z
 * decode           z [batch, latent] -> x_hat [batch, D]        (models with a decoder)
 * reconstruct      x -> x_hat                                   (models with a decoder)
 * classify         x -> classes [batch] int64, scores [batch, K] float32   (models with a latent classifier)
 * </pre>
 *
 * For variational models {@code z} is the mean of q(z|x) and {@code reconstruct} decodes it.
 */
public final class ExportSignatures {
  /** TF Serving's predict method name. */
  public static final String PREDICT = "tensorflow/serving/predict";

  public static final String SERVING_DEFAULT = Signature.DEFAULT_KEY;
  public static final String ENCODE = "encode";
  public static final String DECODE = "decode";
  public static final String RECONSTRUCT = "reconstruct";
  public static final String CLASSIFY = "classify";

  /** Input and output keys. */
  public static final String X = "x";
  public static final String Z = "z";
  public static final String X_HAT = "x_hat";
  public static final String CLASSES = "classes";
  public static final String SCORES = "scores";

  private ExportSignatures() {}

  public static List<Signature> of(ModelGraph model, Optional<ReadoutOps> readout) {
    List<Signature> out = new ArrayList<>();
    out.add(builder(SERVING_DEFAULT).input(X, model.input()).output(Z, model.latentMean()).build());
    out.add(builder(ENCODE).input(X, model.input()).output(Z, model.latentMean()).build());
    if (model.decoded().isPresent()) {
      out.add(builder(DECODE).input(Z, model.latentInput().orElseThrow()).output(X_HAT, model.decoded().get()).build());
      out.add(builder(RECONSTRUCT).input(X, model.input()).output(X_HAT, model.meanReconstruction().orElseThrow()).build());
    }
    readout.ifPresent(r -> out.add(builder(CLASSIFY).input(X, model.input()).output(CLASSES, r.classes()).output(SCORES, r.scores()).build()));
    return out;
  }

  private static Signature.Builder builder(String key) {
    return Signature.builder().key(key).methodName(PREDICT);
  }
}
