package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.FloatMatrix;
import io.sae.data.io.IdxReader;
import io.sae.api.model.SaeModel;
import io.sae.lab.Sae;
import io.sae.lab.TrainedRun;
import io.sae.runtime.data.InMemoryDataset;
import io.sae.runtime.train.Training;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run trained from Java on data in memory: the program evaluates it, SaeModel.load opens it, the CLI says why it cannot reload its data. */
class InMemoryRunTest {
  @Test
  void trainedOnAMatrixInMemory(@TempDir Path tmp) throws Exception {
    Path mnist = Cli.cacheDir().resolve("mnist");
    FloatMatrix x = IdxReader.readImages(mnist.resolve("t10k-images-idx3-ubyte")).matrix().rowRange(0, 1200);
    int[] y = Arrays.copyOfRange(IdxReader.readLabels(mnist.resolve("t10k-labels-idx1-ubyte")), 0, 1200);
    InMemoryDataset data = InMemoryDataset.of("t10k", x, y, new int[] {784}, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    Path dir = tmp.resolve("run");
    try (Sae sae = Sae.open(Sae.Options.defaults().cacheDir(Cli.cacheDir()).log(line -> {}));
        TrainedRun run = sae.train(Training.of("ae").dataset(data).architecture("dense").epochs(1).into(dir))) {
      var r = run.evaluate(false);
      // no test part given: a seeded, stratified 20% of the 1,200 samples is the test set
      assertThat(r.testSamples()).isEqualTo(240);
      assertThat(r.dataset()).isEqualTo("memory:t10k");
      assertThat(r.svmTestError()).isBetween(0.0, 0.9);
    }
    try (SaeModel model = SaeModel.load(dir)) {
      assertThat(model.encode(x.rowRange(0, 3)).cols()).isEqualTo(10);
    }
    Cli evaluate = Cli.run("evaluate", dir.toString());
    assertThat(evaluate.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(evaluate.err()).contains("dataset 'memory:t10k' was given in memory by a program");
  }
}
