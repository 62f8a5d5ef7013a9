package io.sae.lab;

import io.sae.api.model.SaeModel;
import io.sae.api.training.History;
import io.sae.lab.evaluate.Evaluation;
import io.sae.lab.evaluate.EvaluationResult;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import io.sae.runtime.run.RunConfig;
import io.sae.runtime.run.RunDirectory;
import io.sae.runtime.train.TrainingResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A completed run: its folder, what made it, and what can be done with it (evaluate, use the model). The model
 * and the prepared data are loaded on first use and kept; {@link #close()} frees the model's native session.
 */
public final class TrainedRun implements AutoCloseable {
  private final SaeRuntime runtime;
  private final Path path;
  private PreparedData data;
  private OpenRun open;

  TrainedRun(SaeRuntime runtime, Path path, TrainingResult trained) {
    this.runtime = runtime;
    this.path = path;
    this.data = trained == null ? null : trained.data();
  }

  /** The run folder. */
  public Path path() {
    return path;
  }

  /** What made the run ({@code config.json}). */
  public RunConfig config() throws IOException {
    return opened().config();
  }

  /** Every epoch's metrics (from the run's last checkpoint). */
  public History history() throws IOException {
    return new RunDirectory(path).checkpoints().load().history();
  }

  /** The data the run trained on, prepared again from its config (the same samples, labels and split). */
  public PreparedData data() throws IOException {
    if (data == null) {
      data = opened().config().data().prepare(runtime);
    }
    return data;
  }

  /**
   * Evaluates the run on its test set as {@code sae evaluate} does, writing {@code metrics.json}, {@code report.md}
   * and the PNG plots into the run folder.
   */
  public EvaluationResult evaluate() throws IOException {
    return evaluate(true);
  }

  /**
   * Evaluates the run on its test set; {@code metrics.json} is always written.
   *
   * @param reportAndPlots whether to write {@code report.md} and the PNG plots too
   */
  public EvaluationResult evaluate(boolean reportAndPlots) throws IOException {
    OpenRun run = opened();
    RunDirectory dir = run.dir();
    return Evaluation.run(run, data(), dir.readStatus(), dir.checkpoints().load().history(), reportAndPlots);
  }

  /** The model with the kept weights, for inference (encode, decode, reconstruct, classify). Closed with this run. */
  public SaeModel model() throws IOException {
    return opened().model();
  }

  /** The run opened with its re-planned method and model: for library code that needs the plan or the TensorFlow model. */
  public OpenRun opened() throws IOException {
    if (open == null) {
      open = OpenRun.open(runtime, path);
    }
    return open;
  }

  @Override
  public void close() {
    if (open != null) {
      open.close();
      open = null;
    }
  }
}
