package io.sae.lab.soak;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.model.SaeModel;
import io.sae.lab.Sae;
import io.sae.lab.TrainedRun;
import io.sae.lab.export.ExportOptions;
import io.sae.lab.export.ExportResult;
import io.sae.runtime.train.Training;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A long-run soak ({@code sae bench soak}): trains, evaluates and exports many small runs in one JVM, loads each
 * export and encodes with it, and reads the process's resident set size ({@code VmRSS} in {@code /proc/self/status})
 * after each cycle. Native memory that is not freed (a Tensor, Graph or Session left open) shows as a resident set
 * that grows with the cycles; the Java heap is collected before each reading so that it does not hide or fake a trend.
 */
public final class Soak {
  /**
   * One cycle's cost and the memory after it.
   *
   * @param index 0 for the warm-up, then 1, 2, ...
   * @param seconds wall time of the cycle
   * @param rssBytes resident set size after the cycle (and a garbage collection)
   * @param heapUsedBytes Java heap in use after that collection
   * @param heapCommittedBytes Java heap the JVM holds from the system (part of the resident set once touched)
   * @param testRmse the run's test reconstruction RMSE, to show each cycle did real work
   */
  public record Cycle(int index, double seconds, long rssBytes, long heapUsedBytes, long heapCommittedBytes, double testRmse) {}

  private Soak() {}

  /** Runs the warm-up and {@code options.runs()} measured cycles, reporting each to {@code progress} as it ends. */
  public static SoakResult run(Sae sae, SoakOptions options, Consumer<Cycle> progress) throws IOException {
    residentBytes(); // fails before any work where /proc is missing
    Files.createDirectories(options.work());
    Cycle warmup = cycle(sae, options, 0);
    progress.accept(warmup);
    List<Cycle> cycles = new ArrayList<>();
    for (int i = 1; i <= options.runs(); i++) {
      Cycle c = cycle(sae, options, i);
      cycles.add(c);
      progress.accept(c);
    }
    return new SoakResult(warmup, cycles);
  }

  private static Cycle cycle(Sae sae, SoakOptions o, int index) throws IOException {
    long start = System.nanoTime();
    Path runDir = o.work().resolve("run-" + index);
    Path exportDir = o.work().resolve("export-" + index);
    Training t = Training.of("ae").dataset("mnist").architecture("dense:32").latent(2).limit(o.trainSamples(), o.testSamples())
        .epochs(o.epochs()).seed(index + 1).into(runDir);
    double rmse;
    try (TrainedRun run = sae.train(t)) {
      rmse = run.evaluate().reconstructionRmse().orElse(Double.NaN);
      ExportResult export = run.export(ExportOptions.of(exportDir));
      FloatMatrix x = run.data().test().features();
      try (SaeModel model = SaeModel.load(export.dir())) {
        FloatMatrix z = model.encode(x);
        if (z.rows() != x.rows()) {
          throw new IllegalStateException("the export encoded " + z.rows() + " of " + x.rows() + " samples");
        }
      }
    }
    deleteTree(runDir);
    deleteTree(exportDir);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.gc();
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return new Cycle(index, seconds, residentBytes(), rt.totalMemory() - rt.freeMemory(), rt.totalMemory(), rmse);
  }

  /** {@code VmRSS} of this process, in bytes. */
  static long residentBytes() {
    return io.sae.runtime.bench.ProcessMemory.resident().orElseThrow(() -> new InvalidInputException(
        "the soak reads the resident set size from /proc/self/status, which this system lacks (Linux only)"));
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}
