package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.lab.Sae;
import io.sae.lab.TrainedRun;
import io.sae.lab.classify.ClassifyOptions;
import io.sae.lab.cluster.ClusterOptions;
import io.sae.lab.cluster.ClusterResult;
import io.sae.runtime.train.Training;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's k-means and classifier scores from the Java API write the same files, byte for byte, as 'sae cluster' and 'sae classify'. */
class ApiAndCliAgreeTest {
  @Test
  void clusterAndClassifyFromJavaEqualTheCommands(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("ae");
    byte[] cluster;
    byte[] classify;
    try (Sae sae = Sae.open(Sae.Options.defaults().cacheDir(Cli.cacheDir()).log(line -> {}));
        TrainedRun run = sae.train(Training.of("ae").dataset("mnist").architecture("dense").limit(1500, 400).epochs(1).seed(3).into(dir))) {
      ClusterResult r = run.cluster(ClusterOptions.DEFAULTS.withRestarts(2));
      assertThat(r.k()).isEqualTo(10);
      assertThat(r.samples()).isEqualTo(400);
      assertThat(r.accuracy()).isBetween(0.1, 1.0);
      cluster = Files.readAllBytes(dir.resolve("cluster-test.json"));
      run.classify(ClassifyOptions.DEFAULTS);
      classify = Files.readAllBytes(dir.resolve("classify-test.json"));
    }
    Cli c = Cli.run("cluster", dir.toString(), "--restarts", "2");
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("cluster-test.json"))).isEqualTo(cluster);
    Cli k = Cli.run("classify", dir.toString());
    assertThat(k.exit()).as(k.err()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("classify-test.json"))).isEqualTo(classify);
  }
}
