package io.sae.cli.commands;

import io.sae.cli.CommonOptions;
import io.sae.cli.DataChangeOption;
import io.sae.lab.suggest.LabelSuggestions;
import io.sae.lab.suggest.SuggestOptions;
import io.sae.lab.suggest.SuggestResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sae suggest-labels}: the unlabelled training samples whose class is least certain (paper 001, 3.5). */
@Command(
    name = "suggest-labels",
    mixinStandardHelpOptions = true,
    description = {
      "Rank the unlabelled training samples by how uncertain their class is, and write the most uncertain.",
      "",
      "A linear SVM (one-vs-rest) is fitted on the latents of the run's labelled training samples; a "
          + "sample's uncertainty is the margin between its highest and second-highest class score (paper 001, "
          + "section 3.5):",
      "the smallest margins come first. Writes suggestions.csv (rank, index in the dataset's training set, "
          + "margin, predicted class) and, for image data, suggestions.png with the samples in rank order.",
    })
public final class SuggestLabelsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin DataChangeOption dataChange;

  @Parameters(paramLabel = "RUN", description = "Run folder written by 'sae train'.")
  Path runPath;

  @Option(names = "--count", defaultValue = "100", paramLabel = "N", description = "How many samples to suggest. Default: ${DEFAULT-VALUE}.")
  int count;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Folder for suggestions.csv/.png (default: the run folder).")
  Path out;

  @Override
  public Integer call() throws Exception {
    SuggestOptions options = new SuggestOptions(count, out);
    PrintWriter log = spec.commandLine().getOut();
    SuggestResult r = LabelSuggestions.suggest(dataChange.applyTo(common.services(log)), runPath, options);
    log.printf("wrote %s (%d of %,d unlabelled samples; indices refer to the dataset's training set)%n", r.csv(),
        r.suggestions().size(), r.unlabelled());
    r.png().ifPresent(png -> log.printf("wrote %s%n", png));
    return 0;
  }
}
