package io.sae.cli.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.io.AtomicFiles;
import io.sae.cli.CommonOptions;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import io.sae.eval.classify.KNearestNeighbours;
import io.sae.eval.classify.LatentClassifier;
import io.sae.eval.classify.NearestCentroid;
import io.sae.eval.classify.RbfSvm;
import io.sae.eval.classify.SoftmaxRegression;
import io.sae.eval.metrics.ClassificationMetrics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sae classify}: paper 002's four classifiers fitted on a run's training latents, scored on the test set. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description = {
      "Fit paper 002's classifiers on the run's labelled training latents (or raw inputs with --on inputs) and",
      "print their test accuracy: softmax regression (the MLP without hidden layers), nearest centroid, kNN and",
      "an RBF SVM (fitted on a seeded class-proportional subsample of at most --svm-rows rows). Writes",
      "classify-test[-inputs].json into the run folder.",
    })
public final class ClassifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "RUN", description = "Run folder written by 'sae train'.")
  Path runPath;

  @Option(names = "--on", paramLabel = "WHAT", defaultValue = "latents", description = "latents or inputs. Default: ${DEFAULT-VALUE}.")
  String on;

  @Option(names = "--knn-k", paramLabel = "K", defaultValue = "5", description = "Neighbours of the kNN vote. Default: ${DEFAULT-VALUE}.")
  int knnK;

  @Option(names = "--svm-c", paramLabel = "C", defaultValue = "1.0", description = "C of the RBF SVM. Default: ${DEFAULT-VALUE}.")
  double svmC;

  @Option(names = "--svm-rows", paramLabel = "N", defaultValue = "" + RbfSvm.DEFAULT_MAX_ROWS,
      description = "Most training rows of the RBF SVM (kernel SVM cost grows with their square). Default: ${DEFAULT-VALUE}.")
  int svmRows;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!on.equals("latents") && !on.equals("inputs")) {
      throw new InvalidInputException("--on must be latents or inputs, got '" + on + "'");
    }
    SaeRuntime services = common.services(out);
    try (OpenRun run = OpenRun.open(services, runPath)) {
      PreparedData data = run.config().data().prepare(services);
      Dataset train = data.labeled().train();
      Dataset test = data.test();
      FloatMatrix xTrain = on.equals("inputs") ? train.features() : run.model().encode(train.features());
      FloatMatrix xTest = on.equals("inputs") ? test.features() : run.model().encode(test.features());
      Map<String, LatentClassifier> classifiers = new LinkedHashMap<>();
      classifiers.put("softmax regression", SoftmaxRegression.DEFAULT);
      classifiers.put("nearest centroid", new NearestCentroid());
      classifiers.put("kNN (k=" + knnK + ")", new KNearestNeighbours(knnK));
      classifiers.put("RBF SVM", new RbfSvm(svmC, svmRows, run.config().seed()));
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("on", on);
      json.put("train_labelled", train.labeledCount());
      json.put("test_samples", test.size());
      Map<String, Double> accuracy = new LinkedHashMap<>();
      out.printf(Locale.ROOT, "%s of %,d labelled training and %,d test samples (%d values each)%n", on, train.labeledCount(), test.size(), xTrain.cols());
      for (Map.Entry<String, LatentClassifier> e : classifiers.entrySet()) {
        long t0 = System.nanoTime();
        int[] predicted = e.getValue().fit(xTrain, train.labels(), train.classCount()).predict(xTest);
        double acc = ClassificationMetrics.accuracy(test.labels(), predicted);
        accuracy.put(e.getKey(), acc);
        out.printf(Locale.ROOT, "%-20s test accuracy %6.2f%%  (%.1f s)%n", e.getKey(), 100 * acc, (System.nanoTime() - t0) / 1e9);
      }
      json.put("test_accuracy", accuracy);
      json.put("knn_k", knnK);
      json.put("svm_c", svmC);
      json.put("svm_max_rows", svmRows);
      Path file = run.dir().path().resolve("classify-test" + (on.equals("inputs") ? "-inputs" : "") + ".json");
      AtomicFiles.write(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(json));
      out.printf("wrote %s%n", file);
    }
    return 0;
  }
}
