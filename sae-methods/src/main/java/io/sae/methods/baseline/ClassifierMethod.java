package io.sae.methods.baseline;

import io.sae.api.InvalidInputException;
import io.sae.api.method.EpochSelection;
import io.sae.tf.spi.LossKinds;
import io.sae.api.method.LossTerm;
import io.sae.api.method.OptionSpec;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.ReadoutSpec;
import io.sae.api.method.StructuringMethod;
import io.sae.api.method.TrainingPlan;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.HeadSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code classifier}: the encoder plus a dense softmax layer on its latent, trained with cross-entropy on the
 * labelled samples only (no decoder). This is the "comparable classification network" of paper 001. When a
 * validation split exists, the epoch with the best validation accuracy is kept, so the baseline is not judged
 * by an over- or under-trained epoch.
 */
public final class ClassifierMethod implements StructuringMethod {
  static final String HIDDEN = "hidden";

  @Override
  public String name() {
    return "classifier";
  }

  @Override
  public String description() {
    return "encoder + dense softmax layer trained on the labelled samples (supervised baseline)";
  }

  @Override
  public boolean needsLabels() {
    return true;
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.ofString(HIDDEN, "",
        "comma-separated widths of ReLU layers between latent and softmax (empty: the softmax layer sits on the latent)"));
  }

  @Override
  public TrainingPlan plan(PlanRequest request) {
    List<Integer> hidden = parseHidden(request.options().getString(HIDDEN));
    ArchitectureSpec arch = ArchitectureSpec.autoencoder(request.network(), request.data().sampleShape(), request.latentDim())
        .withDecoder(false)
        .withHead(new HeadSpec.Classifier(request.data().classCount(), hidden));
    EpochSelection selection = request.data().validationSize() > 0 ? EpochSelection.best("val_accuracy", true) : EpochSelection.LAST;
    return TrainingPlan.builder(arch).loss(LossTerm.of(LossKinds.SOFTMAX_CROSS_ENTROPY, 1.0)).selection(selection)
        .latentClassifier(ReadoutSpec.softmaxHead()).labeledOnly(true).build();
  }

  private static List<Integer> parseHidden(String text) {
    List<Integer> out = new ArrayList<>();
    if (text.isBlank()) {
      return out;
    }
    for (String part : text.split(",")) {
      try {
        int v = Integer.parseInt(part.trim());
        if (v < 1) {
          throw new NumberFormatException();
        }
        out.add(v);
      } catch (NumberFormatException e) {
        throw new InvalidInputException("option hidden of method classifier expects positive widths like 64,32, got '" + text + "'");
      }
    }
    return out;
  }
}
