package io.sae.lab.experiment.nousi;

import io.sae.api.method.TrainingPlan;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.run.OpenRun;
import io.sae.runtime.run.RunConfig;
import io.sae.runtime.run.RunDirectory;
import io.sae.tf.graph.ParameterSnapshot;
import io.sae.tf.train.CheckpointStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run opened at its newest checkpoint, with the weights the run would keep if training ended there: the
 * current model parameters for a "last epoch" selection, the best snapshot so far for a best-by-metric one
 * (as the trainer chooses at the end). This is how a stage is scored while the run trains on past it.
 */
final class CheckpointRun {
  /** Adam names its moments and powers {@code adam/...}; they are optimizer state, not part of the model. */
  private static final String OPTIMIZER_PREFIX = "adam/";

  private CheckpointRun() {}

  /** Opens {@code run} at its newest checkpoint; close the result to free the native session. */
  static OpenRun open(SaeRuntime runtime, Path run) throws IOException {
    RunDirectory dir = RunDirectory.open(run);
    RunConfig config = dir.readConfig();
    TrainingPlan plan = OpenRun.plan(runtime, config);
    CheckpointStore.Checkpoint c = dir.checkpoints().load();
    return OpenRun.of(dir, config, plan, keptWeights(plan, c), runtime);
  }

  /** The model weights a run would keep at checkpoint {@code c}: the same subset the trainer writes to weights.bin. */
  static ParameterSnapshot keptWeights(TrainingPlan plan, CheckpointStore.Checkpoint c) {
    if (!plan.selection().isLast() && c.best().isPresent()) {
      return c.best().get(); // the trainer snapshots only model parameters for the best epoch
    }
    Map<String, ParameterSnapshot.Array> model = new LinkedHashMap<>();
    c.all().arrays().forEach((name, a) -> {
      if (!name.startsWith(OPTIMIZER_PREFIX)) {
        model.put(name, a);
      }
    });
    return new ParameterSnapshot(model);
  }
}
