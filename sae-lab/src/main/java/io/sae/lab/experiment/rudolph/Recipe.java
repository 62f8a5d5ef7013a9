package io.sae.lab.experiment.rudolph;

import io.sae.data.LabelSelection;
import io.sae.runtime.train.Training;
import java.util.Locale;

/**
 * The training of one experiment run, and its folder name. The name holds every setting
 * that varies within an experiment, so two parts that need the same run share it instead of training twice.
 *
 * @param method method name
 * @param dataset dataset name
 * @param grouping grouping name (may be null)
 * @param tag short data name used in run names
 * @param labels visible labels ("all" or a count)
 * @param gamma the sae gamma (ignored by other methods)
 * @param arch network preset, or null for the dataset's default
 * @param latent latent dimension
 * @param epochs epochs
 * @param seed run seed (labels, initialisation, shuffling)
 * @param weighting the sae loss weighting ({@code batch-means} or {@code eq3}; ignored by other methods)
 * @param bestEpoch keep the epoch with the best {@value #EPOCH_METRIC} instead of the last (trains every epoch)
 */
record Recipe(String method, String dataset, String grouping, String tag, String labels, double gamma, String arch, int latent, int epochs,
    long seed, String weighting, boolean bestEpoch) {
  /** The validation metric a {@link #bestEpoch} run keeps its epoch by: one that reads the latent structure, for any model. */
  static final String EPOCH_METRIC = "val_nearest_mean_accuracy";

  static Recipe of(String method, Data data, String labels, int epochs, long seed) {
    return new Recipe(method, data.dataset(), data.grouping(), data.tag(), labels, 0.5, data.arch(), data.latent(), epochs, seed,
        RudolphOptions.DEFAULT_WEIGHTING, false);
  }

  /** A dataset with its grouping and network, as one experiment row uses it. */
  record Data(String dataset, String grouping, String tag, String arch, int latent) {}

  Recipe withGamma(double g) {
    return new Recipe(method, dataset, grouping, tag, labels, g, arch, latent, epochs, seed, weighting, bestEpoch);
  }

  Recipe withSeed(long s) {
    return new Recipe(method, dataset, grouping, tag, labels, gamma, arch, latent, epochs, s, weighting, bestEpoch);
  }

  Recipe withEpochs(int e) {
    return new Recipe(method, dataset, grouping, tag, labels, gamma, arch, latent, e, seed, weighting, bestEpoch);
  }

  Recipe withWeighting(String w) {
    return new Recipe(method, dataset, grouping, tag, labels, gamma, arch, latent, epochs, seed, w, bestEpoch);
  }

  /** This training keeping its best epoch by {@link #EPOCH_METRIC} (a patience of every epoch: it never stops early). */
  Recipe keepingBestEpoch() {
    return new Recipe(method, dataset, grouping, tag, labels, gamma, arch, latent, epochs, seed, weighting, true);
  }

  private boolean defaultWeighting() {
    return !method.equals("sae") || weighting.equals(RudolphOptions.DEFAULT_WEIGHTING);
  }

  String name() {
    String g = method.equals("sae") ? String.format(Locale.ROOT, "-g%s", trim(gamma)) : "";
    g += defaultWeighting() ? "" : "-w" + weighting;
    return String.format(Locale.ROOT, "%s-%s-L%s%s-e%d-s%d%s", method, tag, labels, g, epochs, seed, bestEpoch ? "-vbest" : "");
  }

  /** The training this recipe stands for ({@code sae train} with these settings and its defaults otherwise). */
  Training training() {
    Training t = Training.of(method).dataset(dataset).grouping(grouping).labels(labels.equals("all") ? LabelSelection.ALL : Integer.parseInt(labels))
        .architecture(arch).latent(latent).epochs(epochs).seed(seed);
    if (bestEpoch) {
      t = t.earlyStop(EPOCH_METRIC, epochs);
    }
    if (!method.equals("sae")) {
      return t;
    }
    t = t.set("gamma", trim(gamma));
    return defaultWeighting() ? t : t.set("weighting", weighting);
  }

  static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
