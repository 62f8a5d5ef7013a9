package io.sae.api.method;

import java.util.List;
import java.util.Optional;
import io.sae.api.model.ArchitectureSpec;

/**
 * What a structuring method asks of the trainer: the graph, the weighted loss terms, per-sample fields and
 * the hook that fills them, how to pick the kept epoch, and how evaluation reads the latent space.
 *
 * @param architecture the graph to build
 * @param losses weighted loss terms; the total loss is their weighted sum
 * @param sampleFields per-sample graph inputs the hook fills
 * @param hook host work between epochs (required when there are sample fields)
 * @param selection which epoch's weights to keep
 * @param latentClassifier the classifier evaluation uses for this method
 * @param labeledOnly whether epochs run over the labelled samples only (true when no loss term uses
 *     unlabelled samples, e.g. a plain classifier); the hook still sees the whole training set
 */
public record TrainingPlan(
    ArchitectureSpec architecture,
    List<LossTerm> losses,
    List<SampleField> sampleFields,
    Optional<EpochHook> hook,
    EpochSelection selection,
    LatentClassifierSpec latentClassifier,
    boolean labeledOnly) {

  public TrainingPlan {
    losses = List.copyOf(losses);
    sampleFields = List.copyOf(sampleFields);
    if (losses.isEmpty()) {
      throw new IllegalArgumentException("a training plan needs at least one loss term");
    }
    if (!sampleFields.isEmpty() && hook.isEmpty()) {
      throw new IllegalArgumentException("sample fields " + sampleFields + " need an epoch hook to fill them");
    }
  }
}
