package io.sae.cli.commands;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.LatentClassifierSpec;
import io.sae.cli.CommonOptions;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import io.sae.eval.classify.LinearSvm;
import io.sae.eval.plot.ImageGrid;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
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
      "A linear SVM (one-vs-rest) is fitted on the latents of the run's labelled training samples; a sample's",
      "uncertainty is the margin between its highest and second-highest class score (paper 001, section 3.5):",
      "the smallest margins come first. Writes suggestions.csv (rank, index in the dataset's training set,",
      "margin, predicted class) and, for image data, suggestions.png with the samples in rank order.",
    })
public final class SuggestLabelsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "RUN", description = "Run folder written by 'sae train'.")
  Path runPath;

  @Option(names = "--count", defaultValue = "100", paramLabel = "N", description = "How many samples to suggest. Default: ${DEFAULT-VALUE}.")
  int count;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Folder for suggestions.csv/.png (default: the run folder).")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (count < 1) {
      throw new InvalidInputException("--count must be at least 1, got " + count);
    }
    PrintWriter log = spec.commandLine().getOut();
    SaeRuntime services = common.services(log);
    try (OpenRun run = OpenRun.open(services, runPath)) {
      PreparedData data = run.config().data().prepare(services);
      Dataset train = data.labeled().train();
      int[] labelled = IntStream.range(0, train.size()).filter(i -> train.label(i) != Dataset.UNLABELED).toArray();
      int[] unlabelled = IntStream.range(0, train.size()).filter(i -> train.label(i) == Dataset.UNLABELED).toArray();
      if (unlabelled.length == 0) {
        throw new InvalidInputException("every training sample of " + runPath + " is labelled: nothing to suggest");
      }
      double c = run.plan().latentClassifier() instanceof LatentClassifierSpec.LinearSvm s ? s.c() : 1.0;
      var svm = new LinearSvm(c, LinearSvm.DEFAULT_MAX_ROWS, run.config().seed())
          .fit(run.model().encode(train.features().rows(labelled)), train.subset("l", labelled).labels(), data.facts().classCount());
      FloatMatrix scores = svm.scores(run.model().encode(train.features().rows(unlabelled)));
      record Suggestion(int row, double margin, int predicted) {}
      List<Suggestion> all = new ArrayList<>();
      for (int i = 0; i < unlabelled.length; i++) {
        int best = 0;
        for (int k = 1; k < scores.cols(); k++) {
          if (scores.get(i, k) > scores.get(i, best)) {
            best = k;
          }
        }
        double second = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < scores.cols(); k++) {
          if (k != best) {
            second = Math.max(second, scores.get(i, k));
          }
        }
        all.add(new Suggestion(unlabelled[i], scores.get(i, best) - second, best));
      }
      // ties broken by index, so the ranking is reproducible
      List<Suggestion> top = all.stream().sorted(Comparator.comparingDouble(Suggestion::margin).thenComparingInt(Suggestion::row))
          .limit(count).toList();
      Path dir = out != null ? out : run.dir().path();
      java.nio.file.Files.createDirectories(dir);
      StringBuilder csv = new StringBuilder("rank,train_index,margin,predicted\n");
      for (int r = 0; r < top.size(); r++) {
        Suggestion s = top.get(r);
        csv.append(String.format(Locale.ROOT, "%d,%d,%.6f,%s%n", r + 1, data.labeled().trainIndices()[s.row()], s.margin(),
            data.facts().classNames().get(s.predicted())));
      }
      io.sae.api.io.AtomicFiles.write(dir.resolve("suggestions.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
      log.printf("wrote %s (%d of %,d unlabelled samples; indices refer to the dataset's training set)%n", dir.resolve("suggestions.csv"),
          top.size(), unlabelled.length);
      if (data.facts().sampleShape().length == 3) {
        int[] rows = top.stream().mapToInt(Suggestion::row).toArray();
        ImageGrid.write(dir.resolve("suggestions.png"), train.features().rows(rows), data.facts().sampleShape(), 10, 2);
        log.printf("wrote %s%n", dir.resolve("suggestions.png"));
      }
    }
    return 0;
  }
}
