package io.sae.cli.commands;

import io.sae.api.InvalidInputException;
import io.sae.api.data.DatasetSource;
import io.sae.api.data.DatasetSplit;
import io.sae.api.data.Grouping;
import io.sae.cli.CommonOptions;
import io.sae.data.builtin.OfficialFiles;
import io.sae.runtime.SaeRuntime;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sae datasets}: built-in datasets and groupings; {@code sae datasets fetch NAME} fetches one. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
    description = {
      "List built-in datasets and groupings, or fetch datasets into the cache.",
      "",
      "  sae datasets                         list",
      "  sae datasets fetch mnist             fetch and verify (SHA-256) now",
      "  sae datasets fetch mnist --from DIR  install the files from DIR instead",
      "",
      "User data is given to --dataset as csv:FILE, npy:FILE, idx:FILE or images:DIR (see the README).",
    })
public final class DatasetsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(arity = "0..*", paramLabel = "fetch NAME", description = "'fetch' followed by dataset names.")
  List<String> args = List.of();

  @Option(names = "--from", paramLabel = "DIR",
      description = "With fetch: install the dataset's official files from this folder instead of fetching them (for a "
          + "machine without npm or apt). Each file is checked against its SHA-256; nothing is installed unless all are "
          + "there and match.")
  Path from;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SaeRuntime services = common.services(out);
    if (args.isEmpty() && from != null) {
      throw new InvalidInputException("--from goes with 'sae datasets fetch NAME --from DIR'");
    }
    if (args.isEmpty()) {
      out.printf("datasets (cache: %s)%n", services.cacheDir());
      for (DatasetSource d : services.datasets().values()) {
        java.util.Optional<String> problem = d.cacheProblem(services.dataContext(1));
        String state = problem.isPresent() ? "corrupt" : d.isCached(services.dataContext(1)) ? "cached" : "not yet";
        out.printf("  %-14s %-9s %s%n", d.name(), state, d.description());
        problem.ifPresent(p -> out.printf("  %-14s %-9s %s%n", "", "", p));
      }
      out.println("groupings");
      for (Grouping g : services.groupings().values()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < g.groupNames().size(); i++) {
          sb.append(i == 0 ? "" : "  ").append(g.groupNames().get(i)).append('=').append(g.members().get(i));
        }
        out.printf("  %-18s %s%n", g.name(), sb);
      }
      return 0;
    }
    if (!args.getFirst().equals("fetch") || args.size() < 2) {
      throw new InvalidInputException("expected 'sae datasets' or 'sae datasets fetch NAME...', got " + String.join(" ", args));
    }
    for (String name : args.subList(1, args.size())) {
      DatasetSource d = services.datasets().get(name);
      if (d == null) {
        throw new InvalidInputException("unknown dataset '" + name + "' (built in: " + String.join(", ", services.datasets().keySet()) + ")");
      }
      if (from != null) {
        if (!(d instanceof OfficialFiles files)) {
          throw new InvalidInputException("--from: dataset '" + name + "' has no official files to install (it works for "
              + String.join(", ", services.datasets().values().stream().filter(s -> s instanceof OfficialFiles)
                  .map(DatasetSource::name).toList()) + ")");
        }
        int installed = files.installFrom(from, services.dataContext(1));
        out.printf("%s: %s%n", name, installed == 0
            ? "already in the cache (verified); nothing installed from " + from
            : "installed " + installed + " file(s) from " + from + " (SHA-256 verified)");
      }
      DatasetSplit split = d.load(services.dataContext(1));
      out.printf("%s: %,d training and %,d test samples of shape %s, %d classes%n", name, split.train().size(), split.test().size(),
          java.util.Arrays.toString(split.train().sampleShape()), split.train().classCount());
    }
    return 0;
  }
}
