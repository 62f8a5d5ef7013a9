package io.sae.serve.explore;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.LatentClusters;
import io.sae.api.method.LatentSimilarity;
import io.sae.api.method.ReadoutSpec;
import io.sae.eval.calibration.CentreNormalizedScores;
import io.sae.eval.classify.LinearSvm;
import io.sae.eval.projection.Pca;
import io.sae.eval.projection.Tsne;
import io.sae.lab.evaluate.ClassCentres;
import io.sae.lab.evaluate.ConfiguredClusters;
import io.sae.lab.evaluate.LabelledInference;
import io.sae.lab.evaluate.LabelledLatents;
import io.sae.lab.search.Ranking;
import io.sae.lab.search.SearchOptions;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the explorer shows of one run, computed once when the run is opened: the first {@code limit} test samples,
 * their latents, a 2-D PCA of them, and the class and decision confidence of a linear SVM fitted on the labelled
 * training latents (as {@code sae evaluate} and {@code sae suggest-labels} fit it; confidence is paper 001's
 * centre-normalised score, section 3.4). t-SNE is computed on first request ({@link #tsne()}).
 */
public final class RunView implements AutoCloseable {
  private final SaeRuntime runtime;
  private final OpenRun run;
  private final PreparedData data;
  private final Dataset test;
  private final FloatMatrix latents;
  private final FloatMatrix pca;
  private final int[] predicted;
  private final double[] confidence;
  private final String classifierNote;
  private final Optional<LatentSimilarity> similarity;
  private FloatMatrix tsne;

  private RunView(SaeRuntime runtime, OpenRun run, int limit) throws IOException {
    this.runtime = runtime;
    this.run = run;
    this.data = run.config().data().prepare(runtime);
    Dataset all = data.test();
    this.test = all.size() > limit ? all.subset(all.name(), java.util.stream.IntStream.range(0, limit).toArray()) : all;
    this.latents = LabelledInference.encode(run.model(), test);
    this.pca = latents.cols() <= 2 ? pad(latents) : Pca.fit(latents, 2).project(latents);
    LabelledLatents labelled = LabelledLatents.of(data, run.model());
    String unfit = labelled.unfittable(data.facts().classCount());
    if (unfit.isEmpty()) {
      ReadoutSpec readout = run.plan().latentClassifier();
      double c = readout.kind().equals(ReadoutSpec.LINEAR_SVM) ? readout.doubleParam("c") : 1.0;
      LinearSvm.Model svm = new LinearSvm(c, LinearSvm.DEFAULT_MAX_ROWS, run.config().seed())
          .fit(labelled.latents(), labelled.samples().labels(), data.facts().classCount());
      FloatMatrix scores = svm.scores(latents);
      this.predicted = argmax(scores);
      double[] conf;
      String note = "linear SVM (C=" + c + ") on " + labelled.samples().size() + " labelled training latents";
      try {
        conf = CentreNormalizedScores.confidence(svm, ClassCentres.of(labelled.samples(), labelled.latents()), latents);
        note += "; confidence: scores scaled between the class centres (paper 001, 3.4)";
      } catch (io.sae.api.InvalidInputException e) {
        conf = null;
        note += "; no confidence: " + e.getMessage();
      }
      this.confidence = conf;
      this.classifierNote = note;
    } else {
      this.predicted = null;
      this.confidence = null;
      this.classifierNote = "no classifier: " + unfit;
    }
    this.similarity = ConfiguredClusters.trainedToward(runtime, run.config()).map(cl -> cl.similarity(SearchOptions.DEFAULT_BOUNDARY));
  }

  /** Opens the run at {@code dir} and computes its view over at most {@code limit} test samples. */
  public static RunView open(SaeRuntime runtime, Path dir, int limit) throws IOException {
    OpenRun run = OpenRun.open(runtime, dir);
    try {
      return new RunView(runtime, run, limit);
    } catch (IOException | RuntimeException e) {
      run.close();
      throw e;
    }
  }

  public OpenRun run() { return run; }

  public PreparedData data() { return data; }

  public Dataset test() { return test; }

  public FloatMatrix latents() { return latents; }

  public FloatMatrix pca() { return pca; }

  /** Predicted classes, or empty when no classifier could be fitted. */
  public Optional<int[]> predicted() { return Optional.ofNullable(predicted); }

  /** Decision confidences in [0, 1], or empty. */
  public Optional<double[]> confidence() { return Optional.ofNullable(confidence); }

  public String classifierNote() { return classifierNote; }

  /** How neighbours are ranked: paper 003's class similarity for runs with configured clusters, else Euclidean distance. */
  public String neighbourMeasure() {
    return similarity.isPresent() ? "paper 003 class similarity (Eq. 15, b_c = " + SearchOptions.DEFAULT_BOUNDARY + ")" : "Euclidean distance in latent space";
  }

  /** t-SNE of the latents (Smile, seeded with the run's seed); at most {@link Tsne#MAX_POINTS} points. */
  public synchronized FloatMatrix tsne() {
    if (tsne == null) {
      tsne = Tsne.defaults(run.config().seed()).embed(latents);
    }
    return tsne;
  }

  /** Whether t-SNE can be computed for this many points. */
  public boolean tsneAvailable() {
    return test.size() <= Tsne.MAX_POINTS && test.size() > 5;
  }

  /** A neighbour: test row and its score (similarity, larger is nearer; or distance, smaller is nearer). */
  public record Neighbour(int row, double score) {}

  /**
   * The {@code k} test samples nearest to test sample {@code row}, itself left out: by paper 003's similarity
   * (ties by Euclidean distance, {@link Ranking#top}) when the run has configured clusters, else by Euclidean distance.
   */
  public List<Neighbour> neighbours(int row, int k) {
    float[] q = latents.row(row);
    List<Neighbour> out = new ArrayList<>();
    if (similarity.isPresent()) {
      for (Ranking.Hit h : Ranking.top(similarity.get(), q, latents, k, row)) {
        out.add(new Neighbour(h.row(), h.similarity()));
      }
      return out;
    }
    int n = latents.rows();
    int d = latents.cols();
    double[] dist = new double[n];
    Integer[] order = new Integer[n];
    float[] z = latents.data();
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < d; j++) {
        double t = z[i * d + j] - q[j];
        s += t * t;
      }
      dist[i] = Math.sqrt(s);
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.<Integer>comparingDouble(i -> dist[i]).thenComparingInt(i -> i));
    for (int i = 0; i < n && out.size() < k; i++) {
      if (order[i] != row) {
        out.add(new Neighbour(order[i], dist[order[i]]));
      }
    }
    return out;
  }

  /** Whether scores from {@link #neighbours} are similarities (else distances). */
  public boolean neighbourScoresAreSimilarities() {
    return similarity.isPresent();
  }

  /** The decoded reconstruction of test sample {@code row}, or empty without a decoder. */
  public Optional<float[]> reconstruction(int row) {
    if (!run.model().info().hasDecoder()) {
      return Optional.empty();
    }
    return Optional.of(LabelledInference.reconstruct(run.model(), test.subset("one", new int[] {row})).row(0));
  }

  public SaeRuntime runtime() { return runtime; }

  private static int[] argmax(FloatMatrix s) {
    int[] out = new int[s.rows()];
    for (int i = 0; i < s.rows(); i++) {
      int best = 0;
      for (int k = 1; k < s.cols(); k++) {
        if (s.get(i, k) > s.get(i, best)) {
          best = k;
        }
      }
      out[i] = best;
    }
    return out;
  }

  /** A latent of 1 or 2 dimensions as 2 columns (a 1-D latent gets y = 0). */
  private static FloatMatrix pad(FloatMatrix z) {
    if (z.cols() == 2) {
      return z;
    }
    float[] out = new float[z.rows() * 2];
    for (int i = 0; i < z.rows(); i++) {
      out[2 * i] = z.get(i, 0);
    }
    return new FloatMatrix(z.rows(), 2, out);
  }

  @Override
  public void close() {
    run.close();
  }
}
