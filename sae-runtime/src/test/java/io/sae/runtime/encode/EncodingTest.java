package io.sae.runtime.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.data.io.NpyReader;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.train.RunTrainer;
import io.sae.runtime.train.Training;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Latent codes of a small MNIST autoencoder run, to .npy (with a labels file) and to CSV. */
class EncodingTest {

  @Test
  void optionsNeedANpyOrCsvFile() {
    assertThatThrownBy(() -> EncodeOptions.of(Path.of("z.txt"))).isInstanceOf(InvalidInputException.class)
        .hasMessage("--out must end in .npy or .csv, got z.txt");
    assertThat(EncodeOptions.of(Path.of("z.npy")).split()).isEqualTo("test");
    assertThat(EncodeOptions.of(Path.of("z.npy")).npy()).isTrue();
    assertThat(EncodeOptions.of(Path.of("z.csv")).npy()).isFalse();
  }

  @Test
  void encodesASplitOfTheRunsData(@TempDir Path tmp) throws Exception {
    Path cache = Path.of(System.getProperty("sae.cache.dir", System.getProperty("user.home") + "/.cache/sae"));
    SaeRuntime runtime = new SaeRuntime(cache, new PrintWriter(new StringWriter()));
    Training t = Training.of("ae").dataset("mnist").architecture("dense:32").latent(3).limit(300, 100).validation(0).epochs(1)
        .into(tmp.resolve("run"));
    Path run = new RunTrainer(runtime).train(t, List.of(), line -> {}).run().path();

    EncodeResult npy = Encoding.encode(runtime, run, EncodeOptions.of(tmp.resolve("z.npy")));
    assertThat(npy.rows()).isEqualTo(100);
    assertThat(npy.cols()).isEqualTo(3);
    assertThat(npy.labels()).contains(tmp.resolve("z-labels.npy"));
    assertThat(NpyReader.read(npy.latents()).matrix().rows()).isEqualTo(100);
    assertThat(NpyReader.readLabels(npy.labels().get())).hasSize(100);
    assertThat(npy.samplesPerSecond()).isPositive();

    EncodeResult csv = Encoding.encode(runtime, run, new EncodeOptions("train", tmp.resolve("z.csv")));
    assertThat(csv.rows()).isEqualTo(300);
    assertThat(csv.labels()).isEmpty();
    // CsvWriter's default column names (sae encode's help says z0..zD-1)
    assertThat(Files.readAllLines(csv.latents())).hasSize(301).first().isEqualTo("x0,x1,x2,label");

    assertThatThrownBy(() -> Encoding.encode(runtime, run, new EncodeOptions("val", tmp.resolve("v.npy"))))
        .isInstanceOf(InvalidInputException.class).hasMessage("--split must be train or test, got 'val'");
  }
}
