package io.sae.lab.experiment.rudolph;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.io.AtomicFiles;
import io.sae.api.method.LatentClassifierSpec;
import io.sae.eval.classify.LinearSvm;
import io.sae.eval.plot.ImageGrid;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * What {@code sae suggest-labels RUN --count N --out DIR} writes, for guided labelling: the unlabelled training
 * samples ranked by the margin between their two highest linear-SVM scores, smallest first, as
 * {@code suggestions.csv} (and {@code suggestions.png} for images). The same computation as the command, kept here
 * until the command's logic is a library class the experiment can call.
 */
final class LabelSuggestions {
  private LabelSuggestions() {}

  private record Suggestion(int row, double margin, int predicted) {}

  static void write(SaeRuntime services, Path runPath, int count, Path dir, Consumer<String> log) throws IOException {
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
      Files.createDirectories(dir);
      StringBuilder csv = new StringBuilder("rank,train_index,margin,predicted\n");
      for (int r = 0; r < top.size(); r++) {
        Suggestion s = top.get(r);
        csv.append(String.format(Locale.ROOT, "%d,%d,%.6f,%s%n", r + 1, data.labeled().trainIndices()[s.row()], s.margin(),
            data.facts().classNames().get(s.predicted())));
      }
      AtomicFiles.write(dir.resolve("suggestions.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
      log.accept(String.format(Locale.ROOT, "wrote %s (%d of %,d unlabelled samples; indices refer to the dataset's training set)",
          dir.resolve("suggestions.csv"), top.size(), unlabelled.length));
      if (data.facts().sampleShape().length == 3) {
        int[] rows = top.stream().mapToInt(Suggestion::row).toArray();
        ImageGrid.write(dir.resolve("suggestions.png"), train.features().rows(rows), data.facts().sampleShape(), 10, 2);
        log.accept("wrote " + dir.resolve("suggestions.png"));
      }
    }
  }
}
