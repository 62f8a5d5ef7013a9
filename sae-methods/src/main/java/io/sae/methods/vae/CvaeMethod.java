package io.sae.methods.vae;

import io.sae.api.InvalidInputException;
import io.sae.api.method.OptionSpec;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import java.util.List;
import java.util.Optional;

/**
 * {@code cvae} (Sohn et al.; paper 004's class-conditional baseline): a VAE whose encoder input and latent
 * are both concatenated with the one-hot label before the encoder and the decoder, with the standard normal
 * prior. Every training sample needs its label, and so does every use of the model (encoding, reconstructing,
 * {@code sae sample --class C} feeds e_C to the decoder). Evaluation reads the latent means with a linear SVM.
 */
final class CvaeMethod implements StructuringMethod {
  static final String NAME = "cvae";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "conditional VAE: one-hot label concatenated to the encoder input and to the latent (paper 004 baseline)";
  }

  @Override
  public boolean needsLabels() {
    return true;
  }

  @Override
  public List<OptionSpec> options() {
    return VaePlans.common(1.0);
  }

  @Override
  public TrainingPlan plan(PlanRequest request) {
    int classes = request.data().classCount();
    if (classes < 2) {
      throw new InvalidInputException("method " + NAME + " needs at least 2 classes, the data has " + classes);
    }
    if (request.data().labeledCount() < request.data().trainSize()) {
      throw new InvalidInputException("method " + NAME + " conditions on the label of every training sample, but only "
          + request.data().labeledCount() + " of " + request.data().trainSize() + " are labelled (drop --labels)");
    }
    return VaePlans.plan(VaePlans.architecture(NAME, request).withConditioning(classes), request, Optional.empty(),
        VaePlans.svm(request));
  }
}
