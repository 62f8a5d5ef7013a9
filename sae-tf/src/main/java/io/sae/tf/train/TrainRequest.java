package io.sae.tf.train;

import io.sae.data.LabeledSplit;
import io.sae.api.method.TrainingPlan;
import io.sae.api.training.TrainingListener;
import io.sae.tf.train.TrainingOptions;
import io.sae.tf.graph.ParameterSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Trainer#train} trains, and how. Build one with {@link #builder}, or {@link #of} for a run with none
 * of the optional parts:
 *
 * <pre>{@code
 * trainer.train(TrainRequest.builder(plan, data, options).checkpoints(store).resume(true).listener(log).build());
 * }</pre>
 *
 * @param plan what the method planned: architecture, loss terms, hooks, epoch selection
 * @param data the training split (hidden labels) and the validation split
 * @param options epochs, batch size, learning rate, seed
 * @param checkpoints where to write a checkpoint after every epoch (empty for none)
 * @param resume continue from the newest checkpoint in {@code checkpoints} (which must then be present)
 * @param warmStart model weights a new run starts from instead of fresh initial values (e.g. to continue a trained
 *     model with more labels); optimizer state starts fresh, and a resumed run ignores it. Every model parameter
 *     must be present with its shape, except the plan's own {@linkplain TrainingPlan#variables() variables}, which
 *     its hooks must then assign at the first refresh ({@link io.sae.api.method.HookResult#assignments()})
 * @param listeners called in order after the trainer's built-in steps
 */
public record TrainRequest(
    TrainingPlan plan, LabeledSplit data, TrainingOptions options, Optional<CheckpointStore> checkpoints, boolean resume,
    Optional<ParameterSnapshot> warmStart, List<TrainingListener> listeners) {

  /** @throws IllegalArgumentException when {@code resume} is set without a checkpoint store */
  public TrainRequest {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(checkpoints, "checkpoints");
    Objects.requireNonNull(warmStart, "warmStart");
    listeners = List.copyOf(listeners);
    if (resume && checkpoints.isEmpty()) {
      throw new IllegalArgumentException("resume needs a checkpoint store");
    }
  }

  /** A new run without checkpoints, warm start or listeners. */
  public static TrainRequest of(TrainingPlan plan, LabeledSplit data, TrainingOptions options) {
    return builder(plan, data, options).build();
  }

  public static Builder builder(TrainingPlan plan, LabeledSplit data, TrainingOptions options) {
    return new Builder(plan, data, options);
  }

  /** Collects the optional parts of a {@link TrainRequest}; each defaults to none (no checkpoints, a new run, no listeners). */
  public static final class Builder {
    private final TrainingPlan plan;
    private final LabeledSplit data;
    private final TrainingOptions options;
    private Optional<CheckpointStore> checkpoints = Optional.empty();
    private boolean resume;
    private Optional<ParameterSnapshot> warmStart = Optional.empty();
    private final List<TrainingListener> listeners = new ArrayList<>();

    private Builder(TrainingPlan plan, LabeledSplit data, TrainingOptions options) {
      this.plan = plan;
      this.data = data;
      this.options = options;
    }

    /** Writes a checkpoint into {@code store} after every epoch. */
    public Builder checkpoints(CheckpointStore store) {
      this.checkpoints = Optional.of(store);
      return this;
    }

    /** Whether to continue from the newest checkpoint of the {@link #checkpoints} store. */
    public Builder resume(boolean resume) {
      this.resume = resume;
      return this;
    }

    /** Starts a new run from these model weights. */
    public Builder warmStart(ParameterSnapshot weights) {
      this.warmStart = Optional.of(weights);
      return this;
    }

    /** Adds a listener, called after those added before it. */
    public Builder listener(TrainingListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /** Adds listeners in order. */
    public Builder listeners(List<? extends TrainingListener> more) {
      more.forEach(this::listener);
      return this;
    }

    public TrainRequest build() {
      return new TrainRequest(plan, data, options, checkpoints, resume, warmStart, listeners);
    }
  }
}
