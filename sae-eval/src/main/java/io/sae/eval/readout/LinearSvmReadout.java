package io.sae.eval.readout;

import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ReadoutFitter;
import io.sae.api.method.ReadoutSpec;
import io.sae.eval.classify.LinearSvm;
import io.sae.eval.classify.Predictions;
import java.util.Locale;
import java.util.Map;

/**
 * {@code linear-svm}: one-vs-rest linear SVMs ({@link LinearSvm}, setting {@code c}) fitted on the labelled training
 * latents; written as the TensorFlow core's {@code linear} graph (standardise, then weights and bias).
 */
final class LinearSvmReadout implements ReadoutFitter {
  /** The graph kind and parameter names of the TensorFlow core's linear readout ({@code io.sae.tf.readout.LinearGraph}). */
  static final String GRAPH = "linear";

  @Override
  public String describe(ReadoutSpec spec) {
    return "linear SVM on the latents (one-vs-rest, C=" + spec.doubleParam("c") + ")";
  }

  @Override
  public Fitted fit(ReadoutSpec spec, Training t) {
    LinearSvm.Model m = LinearSvm.of(spec, t.seed()).fit(t.latents(), t.labels(), t.classes());
    String what = String.format(Locale.ROOT, "linear SVM (one-vs-rest, C=%s) fitted on %d labelled training latents as 'sae evaluate' fits it",
        spec.doubleParam("c"), m.trainingRows());
    Map<String, FloatMatrix> parameters = Map.of("mean", row(m.standardizer().mean()), "scale", row(m.standardizer().std()),
        "weights", FloatMatrix.of(m.weights()), "bias", row(m.intercepts()));
    return ReadoutFitter.Fitted.of((inputs, latents) -> Predictions.argmax(m.scores(latents)), GRAPH, parameters, what);
  }

  private static FloatMatrix row(double[] v) {
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) v[i];
    }
    return new FloatMatrix(1, out.length, out);
  }
}
