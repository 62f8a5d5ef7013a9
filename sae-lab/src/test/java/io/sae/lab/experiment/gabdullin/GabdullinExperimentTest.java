package io.sae.lab.experiment.gabdullin;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.lab.experiment.RunMetrics;
import io.sae.runtime.SaeRuntime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paper 003's experiment through the library on a small slice of Fashion-MNIST (numbers at this scale mean nothing). */
class GabdullinExperimentTest {
  private static final Path CACHE = Path.of(System.getProperty("sae.cache.dir", System.getProperty("user.home") + "/.cache/sae"));

  @Test
  void measuresEveryRowWritesTheReportAndReusesFinishedRuns(@TempDir Path tmp) throws Exception {
    SaeRuntime runtime = new SaeRuntime(CACHE, new PrintWriter(new StringWriter()));
    GabdullinOptions options = new GabdullinOptions(tmp.resolve("exp"), "fashion-mnist", List.of(0, 1, 5), 7, 30, 2, 1, "dense:64", Map.of());
    List<String> console = new ArrayList<>();
    GabdullinResult first = new GabdullinExperiment(runtime, console::add).run(options);

    assertThat(first.runs()).containsOnlyKeys("geometric", "ce-only", "polar");
    assertThat(first.runs().get("geometric")).hasSize(2).allSatisfy(m -> assertThat(m).containsKeys("test_inside_share", "test_precision_at_10"));
    assertThat(first.runs().get("polar")).allSatisfy(m -> assertThat(m).containsKeys("test_prohibited", "held_out_prohibited"));
    assertThat(first.classMeanSeedSpread().get("geometric")).hasSize(3);
    String report = Files.readString(first.report());
    assertThat(report).contains("Command: `sae experiment gabdullin --dataset fashion-mnist --classes 0,1,5 --held-out 7")
        .contains("held out: Sneaker").contains("| geometric-seed2 |").contains("![polar-seed1](plots/polar-seed1.png)");
    assertThat(tmp.resolve("exp/plots/ce-only-seed1.png")).isRegularFile();
    assertThat(RunMetrics.read(first.results()).values()).containsKeys("runs", "class_mean_seed_spread", "training_minutes");
    assertThat(Files.readString(tmp.resolve("exp/commands.txt"))).contains("--set weight=0").contains("sae evaluate ");

    console.clear();
    GabdullinResult again = new GabdullinExperiment(runtime, console::add).run(options);
    assertThat(console).filteredOn(l -> l.contains("done before, reused")).hasSize(6);
    assertThat(tables(Files.readString(again.report()))).isEqualTo(tables(report));
  }

  private static List<String> tables(String markdown) {
    return markdown.lines().filter(l -> l.startsWith("|")).toList();
  }
}
