package io.sae.cli.search;

import io.sae.cli.CommonOptions;
import io.sae.cli.DataChangeOption;
import io.sae.lab.search.IndexOptions;
import io.sae.lab.search.IndexResult;
import io.sae.lab.search.LatentIndexer;
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
      "Encode a database with a run's encoder into an index folder for 'sae search'.",
      "",
      "The folder holds index.json (the run, the SHA-256 of its weights, the data), latents.npy (float32, one row per "
          + "sample) and labels.npy (int32, -1 for unlabelled). Row i is sample i of the split: that number is "
          + "the ID 'sae search' shows.",
    })
public final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin DataChangeOption dataChange;

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
    IndexOptions options = new IndexOptions(dataset, grouping, split, limit);
    IndexResult r = LatentIndexer.build(dataChange.applyTo(common.services(log)), runPath, options, out);
    log.printf(Locale.ROOT, "indexed %,d samples of %s (%s) in %.1f s: %s%n", r.index().count(), r.index().dataset(), r.index().split(),
        r.encodeSeconds(), r.dir());
    return 0;
  }
}
