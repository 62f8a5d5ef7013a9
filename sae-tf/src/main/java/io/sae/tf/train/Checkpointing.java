package io.sae.tf.train;

import io.sae.api.method.EpochHook;
import io.sae.api.training.EpochContext;
import io.sae.api.training.EpochMetrics;
import io.sae.tf.graph.ParameterSnapshot;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes a checkpoint after every epoch: all parameters (optimizer state included), the best so far from
 * {@link KeptWeights}, each hook's state and the history. It runs after {@link KeptWeights} and before any
 * listener, so a listener that reads the checkpoint, or a run killed inside a listener, finds this epoch in it.
 */
final class Checkpointing implements TrainingCallback {
  private final CheckpointStore store;
  private final Supplier<ParameterSnapshot> allParameters;
  private final KeptWeights kept;
  private final List<EpochHook> hooks;

  Checkpointing(CheckpointStore store, Supplier<ParameterSnapshot> allParameters, KeptWeights kept, List<EpochHook> hooks) {
    this.store = store;
    this.allParameters = allParameters;
    this.kept = kept;
    this.hooks = List.copyOf(hooks);
  }

  @Override
  public void onEpochEnd(EpochMetrics metrics, EpochContext context) throws IOException {
    store.save(metrics.epoch() + 1, context.history(), allParameters.get(), kept.best(), kept.bestEpoch(), kept.bestValue(), hooks);
  }
}
