package io.sae.cli.search;

import io.sae.cli.CommonOptions;
import io.sae.lab.search.LatentIndex;
import io.sae.lab.search.LatentSearch;
import io.sae.lab.search.SearchHit;
import io.sae.lab.search.SearchOptions;
import io.sae.lab.search.SearchQuery;
import io.sae.lab.search.SearchRanking;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.run.OpenRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sae search}: ranks an index by paper 003's latent similarity to a query sample, image or configured region. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Rank the samples of an index by their similarity to a query in the run's configured latent space.",
      "",
      "Rank the samples of an index ('sae index') by their similarity to a query in the run's configured "
          + "latent space (paper 003, Eqs. 11-15: class-similarity vectors from the distances to the configured "
          + "centres, compared by sum of minima over the larger sum). The query is a sample of the index "
          + "(--query ID), an image file (--query FILE.png, same size as the training images) or a configured "
          + "region (--region CLASS: the centre of that class's cluster, no query image). Prints the ranking and "
          + "writes a contact sheet (query first when there is one). Needs a run whose loss configured the "
          + "clusters (method geometric).",
    })
public final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "RUN", description = "Run folder the index was built from.")
  Path runPath;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "Index folder written by 'sae index'.")
  Path indexDir;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Query query;

  static final class Query {
    @Option(names = "--query", paramLabel = "ID|FILE", description = "An index row number, or an image file.")
    String sample;

    @Option(names = "--region", paramLabel = "CLASS", description = "A class name or index: search by its configured region.")
    String region;
  }

  @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "How many results. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--boundary", paramLabel = "B", defaultValue = "0.79",
      description = "b_c, the similarity on a cluster's edge (Eq. 12). Default: ${DEFAULT-VALUE} (the paper's).")
  double boundary;

  @Option(names = "--sheet", paramLabel = "FILE.png", description = "Contact sheet to write. Default: search.png in the index folder.")
  Path sheet;

  @Override
  public Integer call() throws Exception {
    PrintWriter log = spec.commandLine().getOut();
    SearchQuery q = query.region != null ? new SearchQuery.Region(query.region) : SearchQuery.rowOrImage(query.sample);
    SearchOptions options = new SearchOptions(q, top, boundary, sheet);
    SaeRuntime services = common.services(log);
    LatentIndex idx = LatentIndex.read(indexDir);
    try (OpenRun run = OpenRun.open(services, runPath)) {
      // printed before the sheet is drawn, so a ranking shows even when the samples are no images
      SearchRanking ranking = LatentSearch.rank(services, run, idx, indexDir, options);
      log.printf(Locale.ROOT, "query: %s, latent %s; similarity vector %s%n", ranking.description(), fmt(ranking.queryLatent()),
          fmt(ranking.similarityVector()));
      log.printf("%-5s %-8s %-16s %s%n", "rank", "id", "label", "similarity");
      for (SearchHit h : ranking.hits()) {
        log.printf(Locale.ROOT, "%-5d %-8d %-16s %.4f%n", h.rank(), h.row(), h.label().orElse("-"), h.similarity());
      }
      Path png = LatentSearch.writeSheet(services, idx, indexDir, ranking, sheet);
      log.printf("wrote %s (%s)%n", png, ranking.hasQueryPixels() ? "query, then the results by rank" : "results by rank");
    }
    return 0;
  }

  private static String fmt(float[] v) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < v.length; i++) {
      b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v[i]));
    }
    return b.append("]").toString();
  }

  private static String fmt(double[] v) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < v.length; i++) {
      b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v[i]));
    }
    return b.append("]").toString();
  }
}
