package io.sae.lab.suggest;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.data.io.AtomicFiles;
import io.sae.api.method.ReadoutSpec;
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
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The unlabelled training samples whose class is least certain (paper 001, section 3.5; {@code sae suggest-labels}):
 * a one-vs-rest linear SVM is fitted on the latents of the run's labelled training samples, and a sample's
 * uncertainty is the margin between its highest and second-highest class score, smallest first.
 */
public final class LabelSuggestions {
  private LabelSuggestions() {}

  /** An unlabelled sample's row in the training split, its margin and predicted class. */
  private record Scored(int row, double margin, int predicted) {}

  /** Opens the run at {@code runDir} and suggests; see {@link #suggest(SaeRuntime, OpenRun, SuggestOptions)}. */
  public static SuggestResult suggest(SaeRuntime runtime, Path runDir, SuggestOptions options) throws IOException {
    try (OpenRun run = OpenRun.open(runtime, runDir)) {
      return suggest(runtime, run, options);
    }
  }

  /**
   * Ranks the run's unlabelled training samples and writes {@code suggestions.csv} (rank, index in the dataset's
   * training set, margin, predicted class) and, for image data, {@code suggestions.png}.
   *
   * @throws InvalidInputException when every training sample is labelled
   */
  public static SuggestResult suggest(SaeRuntime runtime, OpenRun run, SuggestOptions options) throws IOException {
    PreparedData data = run.config().prepareData(runtime);
    Dataset train = data.labeled().train();
    int[] labelled = IntStream.range(0, train.size()).filter(i -> train.label(i) != Dataset.UNLABELED).toArray();
    int[] unlabelled = IntStream.range(0, train.size()).filter(i -> train.label(i) == Dataset.UNLABELED).toArray();
    if (unlabelled.length == 0) {
      throw new InvalidInputException("every training sample of " + run.dir().path() + " is labelled: nothing to suggest");
    }
    // the method's C when its readout is the linear SVM; the suggestions always rank by SVM margins
    ReadoutSpec readout = run.plan().latentClassifier();
    double c = readout.kind().equals(ReadoutSpec.LINEAR_SVM) ? readout.doubleParam("c") : 1.0;
    var svm = new LinearSvm(c, LinearSvm.DEFAULT_MAX_ROWS, run.config().seed())
        .fit(run.model().encode(train.features().rows(labelled)), train.subset("l", labelled).labels(), data.facts().classCount());
    FloatMatrix scores = svm.scores(run.model().encode(train.features().rows(unlabelled)));
    List<Scored> all = new ArrayList<>();
    for (int i = 0; i < unlabelled.length; i++) {
      all.add(scored(unlabelled[i], scores, i));
    }
    // ties broken by index, so the ranking is reproducible
    List<Scored> top = all.stream().sorted(Comparator.comparingDouble(Scored::margin).thenComparingInt(Scored::row))
        .limit(options.count()).toList();
    List<Suggestion> suggestions = new ArrayList<>();
    for (int r = 0; r < top.size(); r++) {
      Scored s = top.get(r);
      suggestions.add(new Suggestion(r + 1, data.labeled().trainIndices()[s.row()], s.margin(), data.facts().classNames().get(s.predicted())));
    }
    Path dir = options.out() != null ? options.out() : run.dir().path();
    Files.createDirectories(dir);
    Path csv = dir.resolve("suggestions.csv");
    AtomicFiles.write(csv, csv(suggestions).getBytes(StandardCharsets.UTF_8));
    Optional<Path> png = Optional.empty();
    if (data.facts().sampleShape().length == 3) {
      int[] rows = top.stream().mapToInt(Scored::row).toArray();
      png = Optional.of(dir.resolve("suggestions.png"));
      ImageGrid.write(png.get(), train.features().rows(rows), data.facts().sampleShape(), 10, 2);
    }
    return new SuggestResult(suggestions, unlabelled.length, csv, png);
  }

  /** The margin of score row {@code i} between its best class and the runner-up. */
  private static Scored scored(int row, FloatMatrix scores, int i) {
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
    return new Scored(row, scores.get(i, best) - second, best);
  }

  private static String csv(List<Suggestion> suggestions) {
    StringBuilder csv = new StringBuilder("rank,train_index,margin,predicted\n");
    for (Suggestion s : suggestions) {
      csv.append(String.format(Locale.ROOT, "%d,%d,%.6f,%s%n", s.rank(), s.trainIndex(), s.margin(), s.predicted()));
    }
    return csv.toString();
  }
}
