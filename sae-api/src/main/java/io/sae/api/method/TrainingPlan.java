package io.sae.api.method;

import io.sae.api.model.ArchitectureSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a structuring method asks of the trainer: the graph, the weighted loss terms, per-sample fields and
 * the hook that fills them, how to pick the kept epoch, and how evaluation reads the latent space.
 *
 * @param architecture the graph to build
 * @param losses weighted loss terms; the total loss is their weighted sum
 * @param sampleFields per-sample graph inputs the hooks fill (each field by exactly one hook)
 * @param hooks host work between epochs, run in this order (at least one when there are sample fields)
 * @param selection which epoch's weights to keep
 * @param latentClassifier how evaluation, classify and export read the latent space (a registered readout kind)
 * @param labeledOnly whether epochs run over the labelled samples only (true when no loss term uses
 *     unlabelled samples, e.g. a plain classifier); the hook still sees the whole training set
 * @param variables extra matrices next to the network's weights (e.g. cluster centres), trained or fixed, read by loss terms
 *     and set by hooks; see {@link VariableKey}
 */
public record TrainingPlan(
    ArchitectureSpec architecture,
    List<LossTerm> losses,
    List<SampleField> sampleFields,
    List<EpochHook> hooks,
    EpochSelection selection,
    ReadoutSpec latentClassifier,
    boolean labeledOnly,
    List<VariableKey> variables) {

  /**
   * Copies the lists and checks the wiring of sample fields.
   *
   * @throws IllegalArgumentException without a loss term; with two variables of one name; or when a field is declared
   *     twice, read by a loss term but not declared (or declared with another width), not filled by exactly one hook,
   *     or filled but not declared — the message names the loss term or hook at each end
   */
  public TrainingPlan {
    losses = List.copyOf(losses);
    sampleFields = List.copyOf(sampleFields);
    hooks = List.copyOf(hooks);
    variables = List.copyOf(variables);
    if (variables.stream().map(VariableKey::name).distinct().count() != variables.size()) {
      throw new IllegalArgumentException("two plan variables share a name: " + variables);
    }
    if (losses.isEmpty()) throw new IllegalArgumentException("a training plan needs at least one loss term");
    FieldWiring.check(losses, sampleFields, hooks);
  }

  /**
   * A plan for {@code architecture} with the defaults of most methods: no loss term yet (add at least one), no
   * sample fields, no hook, no extra variables, the last epoch kept, a linear SVM (C = 1) as the latent classifier, every sample trained on.
   *
   * <pre>{@code
   * return TrainingPlan.builder(arch).loss(LossTerm.of(LossKinds.RECONSTRUCTION_MSE, 1.0)).build();
   * }</pre>
   */
  public static Builder builder(ArchitectureSpec architecture) { return new Builder(architecture); }

  /** The same plan keeping another epoch (e.g. the best by the metric early stopping watches). */
  public TrainingPlan withSelection(EpochSelection newSelection) {
    return new TrainingPlan(architecture, losses, sampleFields, hooks, newSelection, latentClassifier, labeledOnly, variables);
  }

  /** Builds a {@link TrainingPlan} from defaults; see {@link TrainingPlan#builder}. */
  public static final class Builder {
    private final ArchitectureSpec architecture;
    private final List<LossTerm> losses = new ArrayList<>();
    private final List<SampleField> sampleFields = new ArrayList<>();
    private final List<EpochHook> hooks = new ArrayList<>();
    private EpochSelection selection = EpochSelection.LAST;
    private ReadoutSpec latentClassifier = ReadoutSpec.linearSvm(1.0);
    private boolean labeledOnly;
    private final List<VariableKey> variables = new ArrayList<>();

    private Builder(ArchitectureSpec architecture) { this.architecture = architecture; }

    /** Adds a weighted loss term; the total loss is the weighted sum of all terms. */
    public Builder loss(LossTerm term) {
      losses.add(term);
      return this;
    }

    /** Declares a per-sample graph input that one hook fills and loss terms read. */
    public Builder field(SampleField field) {
      sampleFields.add(field);
      return this;
    }

    /** Adds host work between epochs (at least one hook when there are sample fields); hooks run in the order added. */
    public Builder hook(EpochHook epochHook) {
      hooks.add(epochHook);
      return this;
    }

    /** Adds the hook if there is one. */
    public Builder hook(Optional<EpochHook> epochHook) {
      epochHook.ifPresent(hooks::add);
      return this;
    }

    /** Which epoch's weights to keep (default: the last). */
    public Builder selection(EpochSelection epochSelection) {
      selection = epochSelection;
      return this;
    }

    /** How evaluation reads the latent space (default: a linear SVM with C = 1). */
    public Builder latentClassifier(ReadoutSpec spec) {
      latentClassifier = spec;
      return this;
    }

    /** Whether epochs run over the labelled samples only (default: every sample). */
    public Builder labeledOnly(boolean onlyLabelled) {
      labeledOnly = onlyLabelled;
      return this;
    }

    /** Declares an extra matrix, trained or fixed (see {@link VariableKey}): loss terms read it, hooks may assign it. */
    public Builder variable(VariableKey key) {
      variables.add(key);
      return this;
    }

    /** @throws IllegalArgumentException without a loss term, with sample fields and no hook, or with two variables of one name */
    public TrainingPlan build() {
      return new TrainingPlan(architecture, losses, sampleFields, hooks, selection, latentClassifier, labeledOnly, variables);
    }
  }
}
