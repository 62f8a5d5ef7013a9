package io.sae.lab.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.data.io.AtomicFiles;
import io.sae.eval.classify.KNearestNeighbours;
import io.sae.eval.classify.LatentClassifier;
import io.sae.eval.classify.NearestCentroid;
import io.sae.eval.classify.RbfSvm;
import io.sae.eval.classify.SoftmaxRegression;
import io.sae.eval.metrics.ClassificationMetrics;
import io.sae.lab.cluster.FeatureSpace;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import io.sae.runtime.run.RunLock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paper 002's classification evaluation of a run: softmax regression (the MLP without hidden layers), nearest
 * centroid, kNN and an RBF SVM fitted on the labelled training latents (or raw inputs) and scored on the test
 * set. The result is written into the run folder as {@code classify-test[-inputs].json}, the file
 * {@code sae classify} writes.
 */
public final class Classification {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Classification() {}

  /** The result file's name for this feature space, e.g. {@code classify-test.json}. */
  public static String fileName(FeatureSpace on) {
    return "classify-test" + on.fileSuffix() + ".json";
  }

  /**
   * Fits and scores the four classifiers and writes the result file into {@code run}'s folder.
   *
   * @param run the run whose model encodes the samples (a completed run, or one built from a checkpoint)
   * @param data the run's prepared data ({@code run.config().prepareData(runtime)})
   */
  public static ClassifyResult run(OpenRun run, PreparedData data, ClassifyOptions options) throws IOException {
    // one writer per run folder: a training or another evaluation of the same run waits its turn
    try (RunLock lock = RunLock.acquire(run.dir().path(), "run folder", "classifying")) {
      return runLocked(run, data, options);
    }
  }

  private static ClassifyResult runLocked(OpenRun run, PreparedData data, ClassifyOptions options) throws IOException {
    Dataset train = data.labeled().train();
    Dataset test = data.test();
    FloatMatrix xTrain = options.on().of(run, train.features());
    FloatMatrix xTest = options.on().of(run, test.features());
    Map<String, LatentClassifier> classifiers = new LinkedHashMap<>();
    classifiers.put("softmax regression", SoftmaxRegression.DEFAULT);
    classifiers.put("nearest centroid", new NearestCentroid());
    classifiers.put("kNN (k=" + options.knnK() + ")", new KNearestNeighbours(options.knnK()));
    // the SVM's subsample is seeded with the run's seed, so a run always scores the same
    classifiers.put("RBF SVM", new RbfSvm(options.svmC(), options.svmRows(), run.config().seed()));
    List<ClassifierScore> scores = new ArrayList<>();
    for (Map.Entry<String, LatentClassifier> e : classifiers.entrySet()) {
      long t0 = System.nanoTime();
      int[] predicted = e.getValue().fit(xTrain, train.labels(), train.classCount()).predict(xTest);
      double acc = ClassificationMetrics.accuracy(test.labels(), predicted);
      scores.add(new ClassifierScore(e.getKey(), acc, (System.nanoTime() - t0) / 1e9));
    }
    Path file = run.dir().path().resolve(fileName(options.on()));
    ClassifyResult result = new ClassifyResult(options.on(), train.labeledCount(), test.size(), xTrain.cols(), scores, options.knnK(), options.svmC(),
        options.svmRows(), file);
    AtomicFiles.write(file, JSON.writeValueAsBytes(result.toJson()));
    return result;
  }
}
