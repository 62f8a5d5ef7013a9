package io.sae.lab.experiment.wang;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.SampleLimit;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paper 004's experiment through the library on a small slice of MNIST (numbers at this scale mean nothing). */
class WangExperimentTest {
  private static final Path CACHE = Path.of(System.getProperty("sae.cache.dir", System.getProperty("user.home") + "/.cache/sae"));

  @Test
  void trainsEveryMethodChecksTheSamplesAndWritesTheReport(@TempDir Path tmp) throws Exception {
    SaeRuntime runtime = new SaeRuntime(CACHE, new PrintWriter(new StringWriter()));
    WangOptions options = new WangOptions(tmp.resolve("exp"), List.of("mnist"), 1, "dense", 20, 1, 10, 2, 100, new SampleLimit(600, 200), 1);
    List<String> console = new ArrayList<>();
    WangResult r = new WangExperiment(runtime, console::add).run(options);

    assertThat(r.runs()).isEqualTo(6);
    WangResults.DatasetResult mnist = r.datasets().getFirst();
    assertThat(mnist.metrics()).containsKeys("vae", "beta-vae", "cvae", "lambda-hot-vae", "kmeans-vae", "classifier");
    double[] cvae = mnist.sampleCheck().get("cvae"); // per class, then overall
    assertThat(cvae).hasSize(11);
    assertThat(java.util.Arrays.stream(cvae).boxed().toList()).allSatisfy(share -> assertThat(share).isBetween(0.0, 1.0));
    assertThat(mnist.samples()).containsExactly("mnist-cvae-samples.png", "mnist-lambda-hot-vae-samples.png", "mnist-kmeans-vae-samples.png",
        "mnist-vae-samples.png");
    mnist.samples().forEach(png -> assertThat(tmp.resolve("exp").resolve(png)).isRegularFile());
    assertThat(Files.readString(r.report())).contains("Made by `sae experiment wang --out ").contains("### Goals");
    assertThat(Files.readString(tmp.resolve("exp/commands.txt"))).contains("sae sample ").contains("--method classifier");
    assertThat(Files.readString(tmp.resolve("exp/experiment.log"))).contains("epoch 1/1").contains("linear SVM test error");
  }
}
