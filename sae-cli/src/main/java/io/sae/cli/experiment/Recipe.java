package io.sae.cli.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code sae train} arguments of one experiment run, and its folder name. The name holds every setting
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
 */
record Recipe(String method, String dataset, String grouping, String tag, String labels, double gamma, String arch, int latent, int epochs,
    long seed) {

  static Recipe of(String method, Data data, String labels, int epochs, long seed) {
    return new Recipe(method, data.dataset(), data.grouping(), data.tag(), labels, 0.5, data.arch(), data.latent(), epochs, seed);
  }

  /** A dataset with its grouping and network, as one experiment row uses it. */
  record Data(String dataset, String grouping, String tag, String arch, int latent) {}

  Recipe withGamma(double g) {
    return new Recipe(method, dataset, grouping, tag, labels, g, arch, latent, epochs, seed);
  }

  Recipe withSeed(long s) {
    return new Recipe(method, dataset, grouping, tag, labels, gamma, arch, latent, epochs, s);
  }

  Recipe withEpochs(int e) {
    return new Recipe(method, dataset, grouping, tag, labels, gamma, arch, latent, e, seed);
  }

  String name() {
    String g = method.equals("sae") ? String.format(Locale.ROOT, "-g%s", trim(gamma)) : "";
    return String.format(Locale.ROOT, "%s-%s-L%s%s-e%d-s%d", method, tag, labels, g, epochs, seed);
  }

  List<String> trainArgs() {
    List<String> a = new ArrayList<>(List.of("--dataset", dataset, "--method", method, "--labels", labels, "--latent", String.valueOf(latent),
        "--epochs", String.valueOf(epochs), "--seed", String.valueOf(seed)));
    if (grouping != null) {
      a.addAll(List.of("--grouping", grouping));
    }
    if (arch != null) {
      a.addAll(List.of("--arch", arch));
    }
    if (method.equals("sae")) {
      a.addAll(List.of("--set", "gamma=" + trim(gamma)));
    }
    return a;
  }

  static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
