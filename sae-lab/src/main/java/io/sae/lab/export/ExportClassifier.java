package io.sae.lab.export;

import io.sae.api.method.ReadoutFitter;
import io.sae.api.method.ReadoutSpec;
import io.sae.lab.evaluate.LabelledLatents;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import io.sae.tf.spi.Readout;
import io.sae.tf.readout.Readouts;
import java.io.IOException;
import java.util.Optional;

/**
 * The latent classifier {@code sae export} writes as the {@code classify} signature: the method's own
 * classifier, the one {@code sae evaluate} reports. A readout whose graph needs no data (softmax head, configured
 * centres, the argmax of the first K dimensions) is written as it is; any other is fitted here by its registered
 * {@link ReadoutFitter} exactly as evaluation fits it (the same labelled training latents and seed), and what it
 * fitted becomes graph constants of the readout graph it names (a linear SVM: {@code linear}). A readout whose
 * fitter says it cannot be exported (cluster majority) is not (see {@code docs/serving.md}).
 *
 * @param readout the classifier, or empty when the export gets no {@code classify} signature
 * @param note what the classifier is, or why there is none
 */
public record ExportClassifier(Optional<Readout> readout, String note) {

  /**
   * The classifier of {@code run}'s method, fitted on the run's labelled training latents when it must be.
   *
   * @return the readout, or an empty one with the reason when the method's classifier cannot be exported
   * @throws io.sae.api.InvalidInputException when no fitter or graph is registered for the readout's kind
   */
  public static ExportClassifier of(OpenRun run, SaeRuntime services) throws IOException {
    ReadoutSpec spec = run.plan().latentClassifier();
    Optional<Readout> direct = Readouts.unfitted(services.readoutGraphs(), spec, run.plan().architecture());
    if (direct.isPresent()) {
      return new ExportClassifier(direct, direct.get().describe());
    }
    ReadoutFitter fitter = services.readout(spec.kind());
    Optional<String> notExported = fitter.notExported(spec);
    if (notExported.isPresent()) {
      return new ExportClassifier(Optional.empty(), notExported.get());
    }
    PreparedData data = run.config().prepareData(services);
    LabelledLatents labelled = LabelledLatents.of(data, run.model());
    int classes = data.facts().classCount();
    String why = labelled.unfittable(classes);
    if (!why.isEmpty()) {
      return new ExportClassifier(Optional.empty(), "no " + fitter.describe(spec) + " can be fitted: " + why);
    }
    ReadoutFitter.Fitted fitted = fitter.fit(spec,
        new ReadoutFitter.Training(labelled.latents(), labelled.samples().labels(), classes, run.config().seed(), run.model(),
            run.planVariables()));
    Readout readout = Readouts.fitted(services.readoutGraphs(), fitted.graphKind(), classes, fitted.parameters(), fitted.describe());
    return new ExportClassifier(Optional.of(readout), fitted.describe());
  }
}
