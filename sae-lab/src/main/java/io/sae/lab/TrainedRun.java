package io.sae.lab;

import io.sae.api.model.SaeModel;
import io.sae.api.training.History;
import io.sae.lab.evaluate.Evaluation;
import io.sae.lab.classify.Classification;
import io.sae.lab.classify.ClassifyOptions;
import io.sae.lab.classify.ClassifyResult;
import io.sae.lab.cluster.ClusterOptions;
import io.sae.lab.cluster.ClusterResult;
import io.sae.lab.cluster.Clustering;
import io.sae.lab.evaluate.EvaluationResult;
import io.sae.lab.export.ExportOptions;
import io.sae.lab.export.ExportResult;
import io.sae.lab.export.ModelExport;
import io.sae.lab.sample.SampleGrid;
import io.sae.lab.sample.SampleOptions;
import io.sae.lab.sample.SampleResult;
import io.sae.lab.search.IndexOptions;
import io.sae.lab.search.IndexResult;
import io.sae.lab.search.LatentIndexer;
import io.sae.lab.suggest.LabelSuggestions;
import io.sae.lab.suggest.SuggestOptions;
import io.sae.lab.suggest.SuggestResult;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import io.sae.runtime.run.RunConfig;
import io.sae.runtime.run.RunDirectory;
import io.sae.runtime.train.TrainingResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A completed run: its folder, what made it, and what can be done with it: evaluate it, score its latent space
 * (k-means, classifiers), suggest labels, sample, index for search, export, or use the model. The model
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
      data = opened().config().prepareData(runtime);
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
    return Evaluation.run(runtime, run, data(), dir.readStatus(), dir.checkpoints().load().history(), reportAndPlots);
  }

  /** k-means on the latents (or inputs) of a split, scored with ACC, NMI and silhouette; writes {@code cluster-*.json}. */
  public ClusterResult cluster(ClusterOptions options) throws IOException {
    return Clustering.run(opened(), data(), options);
  }

  /** Paper 002's four classifiers on the latents (or inputs); writes {@code classify-*.json}. */
  public ClassifyResult classify(ClassifyOptions options) throws IOException {
    return Classification.run(opened(), data(), options);
  }

  /** The unlabelled training samples whose class is least certain, for labelling next; writes {@code suggestions.csv}. */
  public SuggestResult suggestLabels(SuggestOptions options) throws IOException {
    return LabelSuggestions.suggest(runtime, opened(), options);
  }

  /** Decoded draws from the method's prior (VAE family); writes the grid PNG. */
  public SampleResult sample(SampleOptions options) throws IOException {
    return SampleGrid.draw(runtime, opened(), options);
  }

  /** Encodes a split into a searchable latent index in {@code out}. */
  public IndexResult index(IndexOptions options, Path out) throws IOException {
    return LatentIndexer.build(runtime, opened(), options, out);
  }

  /** Exports the model as a TensorFlow SavedModel in TF Serving's versioned layout. */
  public ExportResult export(ExportOptions options) throws IOException {
    return ModelExport.export(runtime, opened(), options);
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
