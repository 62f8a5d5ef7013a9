package io.sae.cli.commands;

import io.sae.cli.CommonOptions;
import io.sae.cli.DataChangeOption;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.lab.evaluate.Evaluation;
import io.sae.lab.evaluate.EvaluationResult;
import io.sae.runtime.run.OpenRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sae evaluate}: test-set metrics, plots and a report for a completed run. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate a completed run on its test set: metrics.json, report.md, report.html (the same, self-contained, with an interactive latent scatter) and PNG plots.",
      "",
      "Written into the run folder:",
      "  - test reconstruction RMSE (models with a decoder; pixels in [0,1]),",
      "  - test error of a linear SVM fitted on the latents of the visible training",
      "  labels (every method),",
      "  - test error of the method's own latent classifier (e.g. the softmax head of",
      "  'classifier'),",
      "  - a PCA scatter of the test latents coloured by class, and the training",
      "  curves.",
    })
public final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin DataChangeOption dataChange;

  @Parameters(paramLabel = "RUN", description = "Run folder written by 'sae train'.")
  Path runPath;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SaeRuntime services = dataChange.applyTo(common.services(out));
    try (OpenRun run = OpenRun.open(services, runPath)) {
      PreparedData data = run.config().prepareData(services);
      var history = run.dir().checkpoints().load().history();
      EvaluationResult s = Evaluation.run(services, run, data, run.dir().readStatus(), history, true);
      s.summary().forEach(out::println);
      out.printf("wrote %s, %s, report.html, latents-pca.png, training-curves.png%n", run.dir().path().resolve("metrics.json"), run.dir().path().resolve("report.md"));
    }
    return 0;
  }
}
