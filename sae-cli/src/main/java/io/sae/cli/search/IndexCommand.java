package io.sae.cli.search;

import io.sae.lab.search.LatentIndex;
import io.sae.lab.search.Ranking;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.cli.CommonOptions;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.run.OpenRun;
import io.sae.data.Sha256;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sae index}: encodes a database of samples with a run's encoder, for {@code sae search}. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Encode a database with a run's encoder into an index folder for 'sae search':",
      "index.json (the run, the SHA-256 of its weights, the data), latents.npy (float32, one row per sample)",
      "and labels.npy (int32, -1 for unlabelled). Row i is sample i of the split: that number is the ID 'sae search' shows.",
    })
public final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "RUN", description = "Run folder written by 'sae train'.")
  Path runPath;

  @Option(names = "--dataset", paramLabel = "SPEC", description = "Dataset to index (name or user-data spec). Default: the run's own, with its grouping.")
  String dataset;

  @Option(names = "--grouping", paramLabel = "NAME", description = "Grouping applied to --dataset (default: none; the run's own when --dataset is not given).")
  String grouping;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "test", description = "train or test. Default: ${DEFAULT-VALUE}.")
  String split;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Index only the first N samples (0: all, or the run's own --limit when --dataset is not given).")
  int limit;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Index folder to write.")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter log = spec.commandLine().getOut();
    if (limit < 0) {
      throw new InvalidInputException("--limit must be >= 0, got " + limit);
    }
    SaeRuntime services = common.services(log);
    try (OpenRun run = OpenRun.open(services, runPath)) {
      var data = run.config().data();
      String ds = dataset == null ? data.dataset() : dataset;
      String gr = dataset == null ? data.grouping() : grouping;
      // the run's own data keeps its --limit unless --limit is given
      int n = dataset == null && limit == 0 ? (split.equals("train") ? data.trainLimit() : data.testLimit()) : limit;
      Dataset d = LatentIndex.load(services, ds, gr, split, data.seed(), n);
      int inputSize = run.model().info().architecture().inputSize();
      if (d.dimension() != inputSize) {
        throw new InvalidInputException("--dataset " + ds + " has " + d.dimension() + " values per sample, the run's encoder takes " + inputSize);
      }
      long t0 = System.nanoTime();
      FloatMatrix z = run.model().encode(d.features());
      LatentIndex idx = new LatentIndex(LatentIndex.FORMAT, runPath.toAbsolutePath().normalize().toString(),
          Sha256.of(run.dir().weightsFile()), ds, gr, split, data.seed(), n, z.rows(), z.cols(), d.classNames());
      idx.write(out, z, d.labels());
      log.printf(Locale.ROOT, "indexed %,d samples of %s (%s) in %.1f s: %s%n", z.rows(), ds, split, (System.nanoTime() - t0) / 1e9, out);
    }
    return 0;
  }
}
