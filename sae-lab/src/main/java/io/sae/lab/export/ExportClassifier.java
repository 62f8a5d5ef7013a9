package io.sae.lab.export;

import io.sae.api.data.FloatMatrix;
import io.sae.api.method.LatentClassifierSpec;
import io.sae.lab.evaluate.LabelledLatents;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import io.sae.eval.classify.LinearSvm;
import io.sae.tf.readout.Readout;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The latent classifier {@code sae export} writes as the {@code classify} signature: the method's own
 * classifier, the one {@code sae evaluate} reports. A softmax head, configured centres and the argmax of the
 * first K dimensions need no data; a linear SVM is fitted here exactly as evaluation fits it (the same
 * labelled training latents, standardisation, C and seed), and its weights become graph constants. A
 * cluster-majority readout is not exported (see {@code docs/serving.md}).
 *
 * @param readout the classifier, or empty when the export gets no {@code classify} signature
 * @param note what the classifier is, or why there is none
 */
public record ExportClassifier(Optional<Readout> readout, String note) {

  /**
   * The classifier of {@code run}'s method; a linear SVM is fitted on the run's labelled training latents.
   *
   * @return the readout, or an empty one with the reason when the method's classifier cannot be exported
   */
  public static ExportClassifier of(OpenRun run, SaeRuntime services) throws IOException {
    LatentClassifierSpec spec = run.plan().latentClassifier();
    Optional<Readout> direct = Readout.unfitted(spec, run.plan().architecture());
    if (direct.isPresent()) {
      return new ExportClassifier(direct, direct.get().describe());
    }
    return switch (spec) {
      case LatentClassifierSpec.LinearSvm s -> linearSvm(s, run, services);
      case LatentClassifierSpec.ClusterMajority s -> new ExportClassifier(Optional.empty(),
          "the method reads its latents by k-means cluster majority, which sae export does not write as graph ops");
      default -> throw new IllegalStateException("no readout for " + spec);
    };
  }

  private static ExportClassifier linearSvm(LatentClassifierSpec.LinearSvm spec, OpenRun run, SaeRuntime services) throws IOException {
    PreparedData data = run.config().data().prepare(services);
    LabelledLatents labelled = LabelledLatents.of(data, run.model());
    int classes = data.facts().classCount();
    String why = labelled.unfittable(classes);
    if (!why.isEmpty()) {
      return new ExportClassifier(Optional.empty(), "no linear SVM can be fitted: " + why);
    }
    LinearSvm.Model m = LinearSvm.of(spec, run.config().seed()).fit(labelled.latents(), labelled.samples().labels(), classes);
    String what = String.format(Locale.ROOT, "linear SVM (one-vs-rest, C=%s) fitted on %d labelled training latents as 'sae evaluate' fits it",
        spec.c(), m.trainingRows());
    return new ExportClassifier(Optional.of(new Readout.Linear(floats(m.standardizer().mean()), floats(m.standardizer().std()),
        FloatMatrix.of(m.weights()), floats(m.intercepts()), what)), what);
  }

  private static float[] floats(double[] v) {
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) v[i];
    }
    return out;
  }
}
