package io.sae.spark.cli;

import io.sae.api.InvalidInputException;
import io.sae.data.LabelSelection;
import io.sae.runtime.data.SampleLimit;
import io.sae.spark.sweep.SparkSweep;
import io.sae.spark.sweep.SweepGrid;
import io.sae.spark.sweep.SweepRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sae spark sweep}: a grid of complete runs as Spark tasks. */
@Command(name = "sweep", mixinStandardHelpOptions = true, description = {
    "Train and evaluate every combination of --grid options x --labels x --seeds, one Spark task per run.",
    "",
    "Runs go to OUT/runs; OUT/results (Parquet) and OUT/summary.md (mean +- std over the seeds) collect them. "
        + "Finished runs are reused when started again."})
final class SweepCommand implements Callable<Integer> {
  @Mixin SparkOptions spark;

  @Option(names = {"-m", "--method"}, paramLabel = "METHOD", required = true, description = "The method (see 'sae methods').")
  String method;

  @Option(names = {"-d", "--dataset"}, paramLabel = "SPEC", defaultValue = "mnist", description = "Dataset name or user data spec. Default: ${DEFAULT-VALUE}.")
  String dataset;

  @Option(names = "--grid", paramLabel = "KEY=V1,V2", description = "A method option and its values (repeatable: every combination is run).")
  List<String> grid = new ArrayList<>();

  @Option(names = "--labels", paramLabel = "N,...", split = ",", defaultValue = "all", description = "Visible label counts, or all. Default: ${DEFAULT-VALUE}.")
  List<String> labels;

  @Option(names = "--seeds", paramLabel = "S,...", split = ",", defaultValue = "1", description = "Seeds (repetitions). Default: ${DEFAULT-VALUE}.")
  List<Long> seeds;

  @Option(names = "--arch", paramLabel = "SPEC", description = "Network spec (default: the method's).")
  String arch;

  @Option(names = "--latent", paramLabel = "D", defaultValue = "10", description = "Latent size. Default: ${DEFAULT-VALUE}.")
  int latent;

  @Option(names = "--epochs", paramLabel = "N", defaultValue = "10", description = "Epochs per run. Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "0", description = "Mini-batch size (0: the default).")
  int batchSize;

  @Option(names = "--limit", paramLabel = "TRAIN,TEST", description = "Use only the first samples of each split.")
  String limit;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Sweep folder (on a file system every executor writes).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Map<String, List<String>> axes = new LinkedHashMap<>();
    for (String g : grid) {
      int eq = g.indexOf('=');
      if (eq < 1) {
        throw new InvalidInputException("--grid " + g + ": expected KEY=V1,V2,...");
      }
      axes.put(g.substring(0, eq), List.of(g.substring(eq + 1).split(",")));
    }
    List<Integer> counts = new ArrayList<>();
    for (String l : labels) {
      counts.add(l.equals("all") ? LabelSelection.ALL : parseCount(l));
    }
    SampleLimit lim = limit == null ? SampleLimit.NONE : SampleLimit.parse(limit);
    SweepGrid g = new SweepGrid(new SweepGrid.Base(method, dataset, arch, latent, epochs, batchSize, lim.train(), lim.test()),
        SweepGrid.combinations(axes), counts, seeds);
    SparkSession s = spark.session("sweep");
    try {
      SparkSweep.Result r = SparkSweep.run(s, g, out, spark.cache());
      for (SweepRow row : r.rows()) {
        System.out.printf("  %-50s %s svm test error %.4f%n", row.name(), row.reused() ? "reused " : "trained", row.svmTestError());
      }
      System.out.println("wrote " + r.results() + " and " + r.summary());
      return 0;
    } finally {
      s.stop();
    }
  }

  private static int parseCount(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--labels " + text + ": expected a count or 'all'");
    }
  }
}
