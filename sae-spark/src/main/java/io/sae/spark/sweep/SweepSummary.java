package io.sae.spark.sweep;

import io.sae.data.io.AtomicFiles;
import io.sae.eval.metrics.MeanStd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The sweep's {@code summary.md}: one line per grid point with mean +- std over its seeds. */
final class SweepSummary {
  private SweepSummary() {}

  static void write(Path file, SweepGrid grid, List<SweepRow> rows) throws IOException {
    StringBuilder b = new StringBuilder();
    SweepGrid.Base base = grid.base();
    b.append("# Sweep: ").append(base.method()).append(" on ").append(base.dataset()).append("\n\n");
    b.append(String.format(Locale.ROOT, "%d runs (%d reused), seeds %s; architecture %s, latent %d, %d epochs%s.%n%n", rows.size(),
        rows.stream().filter(SweepRow::reused).count(), grid.seeds(), base.architecture() == null ? "default" : base.architecture(), base.latent(),
        base.epochs(), base.limitTrain() > 0 || base.limitTest() > 0 ? ", limit " + base.limitTrain() + "," + base.limitTest() : ""));
    b.append("Mean +- std over the seeds.\n\n");
    b.append("| options | labels | runs | SVM test error | method classifier test error | test reconstruction RMSE |\n");
    b.append("|---|---|---|---|---|---|\n");
    for (List<SweepRow> point : SparkSweep.byGridPoint(rows).values()) {
      SweepRow first = point.get(0);
      b.append("| ").append(first.options()).append(" | ").append(first.labels()).append(" | ").append(point.size()).append(" | ")
          .append(stat(point, SweepRow::svmTestError)).append(" | ").append(stat(point, SweepRow::methodClassifierTestError)).append(" | ")
          .append(stat(point, SweepRow::reconstructionRmse)).append(" |\n");
    }
    AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** mean +- std, or n/a when the method does not report the number. */
  private static String stat(List<SweepRow> rows, ToDoubleFunction<SweepRow> f) {
    double[] v = rows.stream().mapToDouble(f).toArray();
    for (double x : v) {
      if (Double.isNaN(x)) {
        return "n/a";
      }
    }
    return MeanStd.of(v).format(4);
  }
}
