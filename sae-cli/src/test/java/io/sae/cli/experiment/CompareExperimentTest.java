package io.sae.cli.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sae.cli.Main;
import io.sae.lab.experiment.RunMetrics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare experiment end to end on a small slice of real MNIST (numbers at this scale mean nothing). */
class CompareExperimentTest {
  private static final String CACHE = System.getProperty("sae.cache.dir", System.getProperty("user.home") + "/.cache/sae");

  private static String[] command(Path out) {
    return new String[] {"experiment", "compare", "--out", out.toString(), "--datasets", "mnist", "--methods", "ae,vae,sae,polar", "--labels", "200,300",
        "--seeds", "1,2", "--epochs", "1", "--limit", "1000,300", "--set", "sae:gamma=0.75", "--cache-dir", CACHE};
  }

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(out, true));
    return new String[] {String.valueOf(code), out.toString()};
  }

  @Test
  @SuppressWarnings("unchecked")
  void measuresEveryMethodPerSeedNamesRefusalsAndReusesRuns(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("exp");
    String[] first = run(command(out));
    assertThat(first[0]).as(first[1]).isEqualTo("0");
    String report = Files.readString(out.resolve("compare.md"));
    // ae and vae train once per seed (4 runs), sae once per seed and label count (4); polar refuses a 10-D latent
    assertThat(report).contains("8 runs,").contains("| `ae` | SVM only |").contains("| `sae` | trains on them |")
        .contains("`polar`: method polar needs --latent 2").contains("(changed: sae gamma=0.75)").contains("compare-mnist.png");
    assertThat(out.resolve("compare-mnist.png")).isRegularFile();
    assertThat(Files.readString(out.resolve("runs/mnist-sae-L300-s2/config.json"))).contains("0.75");

    Map<String, Object> mnist = (Map<String, Object>) RunMetrics.read(out.resolve("results.json")).values().get("mnist");
    assertThat((Map<String, Object>) mnist.get("polar")).containsOnlyKeys("refused");
    Map<String, Object> sae = (Map<String, Object>) mnist.get("sae");
    // a labelled method's SVM error at a count is its own run's; the spread is the mean and n-1 std of the seeds
    Map<String, Object> svm300 = (Map<String, Object>) sae.get("svm_test_error_300");
    List<Double> perSeed = (List<Double>) svm300.get("per_seed");
    assertThat(perSeed).containsExactly(RunMetrics.read(out.resolve("runs/mnist-sae-L300-s1/metrics.json")).svmTestError(),
        RunMetrics.read(out.resolve("runs/mnist-sae-L300-s2/metrics.json")).svmTestError());
    assertThat((double) svm300.get("mean")).isCloseTo((perSeed.get(0) + perSeed.get(1)) / 2, within(1e-12));
    assertThat((double) svm300.get("sd")).isCloseTo(Math.abs(perSeed.get(0) - perSeed.get(1)) / Math.sqrt(2), within(1e-12));
    // clustering and reconstruction come from the most labelled run, whose cluster-test.json is the k-means result
    Map<String, Object> cluster = RunMetrics.read(out.resolve("runs/mnist-sae-L300-s1/cluster-test.json")).values();
    assertThat(((List<Double>) ((Map<String, Object>) sae.get("kmeans_accuracy")).get("per_seed")).getFirst()).isEqualTo(cluster.get("accuracy"));
    // BCE only for the run trained on it
    assertThat((Map<String, Object>) mnist.get("vae")).containsKey("test_bce_per_image");
    assertThat((Map<String, Object>) mnist.get("ae")).doesNotContainKey("test_bce_per_image");

    String[] second = run(command(out));
    assertThat(second[0]).as(second[1]).isEqualTo("0");
    // every finished run is reused; the refused polar is tried again (it fails before training) and refused again
    assertThat(second[1]).containsPattern("mnist-sae-L300-s2 +done before, reused").doesNotContainPattern("mnist-(ae|vae|sae)\\S* +training")
        .contains("polar refused this comparison's setting");
    assertThat(Files.readString(out.resolve("compare.md")).lines().filter(l -> l.startsWith("|")).toList())
        .isEqualTo(report.lines().filter(l -> l.startsWith("|")).toList());
  }

  @Test
  void badInputGetsOneMessageAndExitTwo(@TempDir Path tmp) {
    String dir = tmp.resolve("bad").toString();
    String[] unknown = run("experiment", "compare", "--out", dir, "--methods", "ae,nope", "--cache-dir", CACHE);
    assertThat(unknown[0]).isEqualTo(String.valueOf(Main.EXIT_USER_ERROR));
    assertThat(unknown[1]).contains("unknown method 'nope'");
    String[] labels = run("experiment", "compare", "--out", dir, "--labels", "600,300");
    assertThat(labels[0]).isEqualTo(String.valueOf(Main.EXIT_USER_ERROR));
    assertThat(labels[1]).contains("--labels must be ascending without repeats");
    String[] set = run("experiment", "compare", "--out", dir, "--set", "gamma=0.5");
    assertThat(set[1]).contains("--set takes METHOD:KEY=VALUE, got 'gamma=0.5'");
    String[] setOther = run("experiment", "compare", "--out", dir, "--methods", "ae", "--set", "sae:gamma=0.5");
    assertThat(setOther[1]).contains("names a method not in --methods ae");
    String[] misspelt = run("experiment", "compare", "--out", dir, "--methods", "sae", "--set", "sae:gama=0.5", "--cache-dir", CACHE);
    assertThat(misspelt[0]).isEqualTo(String.valueOf(Main.EXIT_USER_ERROR));
    assertThat(misspelt[1]).contains("method sae has no option 'gama'");
    String[] tooMany = run("experiment", "compare", "--out", dir, "--methods", "ae", "--labels", "5000", "--limit", "1000,300", "--cache-dir", CACHE);
    assertThat(tooMany[0]).isEqualTo(String.valueOf(Main.EXIT_USER_ERROR));
    assertThat(tooMany[1]).contains("--labels 5000 is larger than the 1000 labelled training samples");
    assertThat(tmp.resolve("bad").resolve("runs")).doesNotExist();
  }
}
