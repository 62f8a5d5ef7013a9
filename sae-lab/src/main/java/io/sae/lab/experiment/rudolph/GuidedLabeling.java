package io.sae.lab.experiment.rudolph;

import io.sae.lab.suggest.LabelSuggestions;
import io.sae.lab.suggest.SuggestOptions;
import io.sae.lab.suggest.SuggestResult;
import io.sae.api.data.Dataset;
import io.sae.data.io.AtomicFiles;
import io.sae.runtime.data.LabelIndexFile;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.train.Training;
import io.sae.runtime.run.RunDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Paper 001, Section 3.5 and Fig. 10: from an SAE trained on a few labels, reveal {@code add} more labels, either
 * the samples {@code sae suggest-labels} ranks most uncertain or {@code add} random unlabelled ones (seeded),
 * continue training from the same weights for the same epochs, and compare test errors. A third continuation
 * with no new labels separates the effect of the extra training from that of the labels.
 */
final class GuidedLabeling {
  private GuidedLabeling() {}

  static Section run(Context ctx, Recipe.Data data, String start, int add, int moreEpochs, double gamma, List<Long> seeds) throws IOException {
    List<List<?>> rows = new ArrayList<>();
    Map<String, Object> json = new LinkedHashMap<>();
    double[] sums = new double[4];
    int guidedWins = 0;
    for (long seed : seeds) {
      Recipe base = ctx.sae(data, start, seed, gamma);
      double baseErr = ctx.run(base).number("linear_svm_test_error");
      Path basePath = ctx.runs().runPath(base.name());
      Path picks = ctx.dir().resolve("guided").resolve(base.name());
      Files.createDirectories(picks);
      if (!Files.isRegularFile(picks.resolve("suggestions.csv"))) {
        ctx.runs().log().command(List.of("suggest-labels", basePath.toString(), "--count", String.valueOf(add), "--out", picks.toString()));
        SuggestResult r = LabelSuggestions.suggest(ctx.services(), basePath, new SuggestOptions(add, picks));
        ctx.runs().log().line(String.format(java.util.Locale.ROOT, "wrote %s (%d of %,d unlabelled samples; indices refer to the dataset's "
            + "training set)", r.csv(), r.suggestions().size(), r.unlabelled()));
        r.png().ifPresent(png -> ctx.runs().log().line("wrote " + png));
      }
      Path random = picks.resolve("random.csv");
      if (!Files.isRegularFile(random)) {
        writeRandom(ctx, basePath, add, seed, random);
      }
      double none = continued(ctx, base, moreEpochs, "none", null);
      double rand = continued(ctx, base, moreEpochs, "random" + add, random);
      double guided = continued(ctx, base, moreEpochs, "guided" + add, picks.resolve("suggestions.csv"));
      if (guided < rand) {
        guidedWins++;
      }
      rows.add(List.of(seed, Context.pct(baseErr), Context.pct(none), Context.pct(rand), Context.pct(guided)));
      json.put("seed " + seed, Map.of("start", baseErr, "continued_no_new_labels", none, "random", rand, "guided", guided));
      sums[0] += baseErr;
      sums[1] += none;
      sums[2] += rand;
      sums[3] += guided;
    }
    int n = seeds.size();
    rows.add(List.of("mean", Context.pct(sums[0] / n), Context.pct(sums[1] / n), Context.pct(sums[2] / n), Context.pct(sums[3] / n)));
    json.put("guided_below_random_in_seeds", guidedWins);
    json.put("seeds", n);
    return new Section(data.tag() + ": guided labelling from " + start + " labels (Section 3.5, Fig. 10)",
        List.of(String.format(Locale.ROOT,
            "Each seed: an SAE (gamma %s) trained %d epochs on %s labels; then %d epochs more from its weights with no new labels, with %d"
                + " random unlabelled training samples revealed, or with the %d that 'sae suggest-labels' ranks most uncertain (smallest margin"
                + " between the two highest SVM scores). Linear-SVM test error.", Recipe.trim(gamma), ctx.scale().epochs(), start, moreEpochs, add,
            add),
            String.format(Locale.ROOT, "Guided selection ended below random selection in %d of %d seeds.", guidedWins, n)),
        List.of("seed", "start", "continued, no new labels", "+" + add + " random", "+" + add + " guided"), rows, List.of(), json);
  }

  private static double continued(Context ctx, Recipe base, int epochs, String what, Path labelsFile) throws IOException {
    Training t = base.withEpochs(epochs).training().initFrom(ctx.runs().runPath(base.name()));
    if (labelsFile != null) {
      t = t.addLabels(LabelIndexFile.read(labelsFile));
    }
    String name = base.name() + "-then-" + what + "-e" + epochs;
    return ctx.runs().trainAndEvaluate(name, t, labelsFile).svmTestError();
  }

  /** {@code add} unlabelled training samples of the base run, drawn with {@code seed}, as a suggest-labels style CSV. */
  private static void writeRandom(Context ctx, Path basePath, int add, long seed, Path out) throws IOException {
    PreparedData data = RunDirectory.open(basePath).readConfig().prepareData(ctx.services());
    Dataset train = data.labeled().train();
    int[] unlabelled = IntStream.range(0, train.size()).filter(i -> train.label(i) == Dataset.UNLABELED)
        .map(i -> data.labeled().trainIndices()[i]).toArray();
    SplittableRandom r = new SplittableRandom(seed ^ 0x4A4D);
    int k = Math.min(add, unlabelled.length);
    for (int i = 0; i < k; i++) {
      int j = i + r.nextInt(unlabelled.length - i);
      int t = unlabelled[i];
      unlabelled[i] = unlabelled[j];
      unlabelled[j] = t;
    }
    int[] picked = Arrays.copyOf(unlabelled, k);
    Arrays.sort(picked);
    StringBuilder csv = new StringBuilder("train_index\n");
    for (int p : picked) {
      csv.append(p).append('\n');
    }
    AtomicFiles.write(out, csv.toString().getBytes(StandardCharsets.UTF_8));
  }
}
