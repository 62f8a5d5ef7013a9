package io.sae.cli.commands;

import io.sae.cli.CommonOptions;
import io.sae.cli.DataChangeOption;
import io.sae.eval.classify.RbfSvm;
import io.sae.lab.classify.Classification;
import io.sae.lab.classify.ClassifyOptions;
import io.sae.lab.classify.ClassifyResult;
import io.sae.lab.cluster.FeatureSpace;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.run.OpenRun;
import java.io.PrintWriter;
import java.nio.file.Path;
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
      "Fit paper 002's classifiers on a run's latents (or inputs) and print their test accuracy.",
      "",
      "Fit paper 002's classifiers on the run's labelled training latents (or raw inputs with --on inputs) "
          + "and print their test accuracy: softmax regression (the MLP without hidden layers), nearest "
          + "centroid, kNN and an RBF SVM (fitted on a seeded class-proportional subsample of at most --svm-rows "
          + "rows). Writes classify-test[-inputs].json into the run folder.",
    })
public final class ClassifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin DataChangeOption dataChange;

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
    ClassifyOptions options = new ClassifyOptions(FeatureSpace.parse(on), knnK, svmC, svmRows); // checked before the run is opened
    SaeRuntime services = dataChange.applyTo(common.services(out));
    try (OpenRun run = OpenRun.open(services, runPath)) {
      ClassifyResult r = Classification.run(run, run.config().prepareData(services), options);
      r.summary().forEach(out::println);
      out.printf("wrote %s%n", r.file());
    }
    return 0;
  }
}
