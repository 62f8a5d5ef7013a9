package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.training.EpochMetrics;
import io.sae.api.training.TrainingListener;
import io.sae.lab.Sae;
import io.sae.runtime.run.RunDirectory;
import io.sae.runtime.run.RunStatus;
import io.sae.runtime.train.Training;
import io.sae.tf.graph.ParameterSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk while training: the run folder lives on a small tmpfs, which the test fills to a few pages just before a
 * checkpoint or the final weights are written. The write fails with "No space left on device"; the previous
 * checkpoint must stay intact and loadable, nothing half-written may be left, the run must not be marked complete,
 * the CLI says so in one line, and once space is freed {@code sae train --resume} finishes the run with the same
 * weights as an uninterrupted one.
 *
 * <p>Mounting needs root. Without it the test is reported as skipped (with the reason), never as passed: it
 * cannot fill a real file system without the risk of filling the machine's.
 */
class DiskFullTest {
  /** What the filler leaves free: room for status.json and history.csv (a 4 KB page each), not for 100 KB of weights. */
  private static final long LEAVE_FREE = 48 << 10;

  @TempDir Path tmp;
  private Path disk;

  @BeforeEach
  void mountATinyDisk() throws Exception {
    disk = Files.createDirectories(tmp.resolve("disk"));
    Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    boolean mounted = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    System.out.println("DiskFullTest: mount -t tmpfs -o size=3m at " + disk + (mounted ? ": mounted" : ": FAILED (" + out.strip() + ")"));
    Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here (needs root): the disk-full test did not run: " + out.strip());
    assertThat(Files.getFileStore(disk).type()).isEqualTo("tmpfs");
  }

  @AfterEach
  void unmount() throws Exception {
    if (disk != null && Files.getFileStore(disk).type().equals("tmpfs")) {
      new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Fills {@code disk} until only {@link #LEAVE_FREE} bytes are left; returns the filler to delete later. */
  private static Path fill(Path disk) throws IOException {
    Path filler = disk.resolve("filler");
    long free = Files.getFileStore(disk).getUsableSpace();
    byte[] chunk = new byte[4096];
    try (OutputStream out = Files.newOutputStream(filler)) {
      for (long left = free - LEAVE_FREE; left > 0; left -= chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
    }
    return filler;
  }

  private static String[] train(Path out, int epochs) {
    return new String[] {"train", "--dataset", "mnist", "--limit", "200,50", "--arch", "dense:16", "--latent", "2", "--epochs",
        String.valueOf(epochs), "--out", out.toString()};
  }

  private static void assertNothingHalfWritten(Path run) throws IOException {
    try (Stream<Path> s = Files.walk(run)) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.endsWith(".partial")).toList()).isEmpty();
    }
  }

  private static void assertSameWeights(Path a, Path b) throws IOException {
    Map<String, ParameterSnapshot.Array> x = ParameterSnapshot.read(a).arrays();
    Map<String, ParameterSnapshot.Array> y = ParameterSnapshot.read(b).arrays();
    assertThat(x.keySet()).isEqualTo(y.keySet());
    x.forEach((name, arr) -> assertThat(arr.values()).as(name).containsExactly(y.get(name).values()));
  }

  @Test
  void aCheckpointWriteThatRunsOutOfSpaceKeepsThePreviousCheckpointAndTheRunResumes() throws Exception {
    Path run = disk.resolve("run");
    Cli first = Cli.run(train(run, 1));
    assertThat(first.exit()).as(first.err()).isZero();
    Path reference = tmp.resolve("reference");
    assertThat(Cli.run(train(reference, 3)).exit()).isZero();

    Path filler = fill(disk);
    Cli full = Cli.run("train", "--resume", run.toString(), "--epochs", "3");
    System.out.println("DiskFullTest: checkpoint write on a full disk: exit " + full.exit() + ", stderr: " + full.err().strip());
    assertThat(full.exit()).isEqualTo(Main.EXIT_INTERNAL_ERROR);
    assertThat(full.err().strip()).startsWith("sae: error: no space left on device writing " + run.resolve("checkpoint/epoch-0002.partial"))
        .contains("sae train --resume").doesNotContain("\n");
    RunDirectory dir = new RunDirectory(run);
    assertThat(dir.checkpoints().load().epochsDone()).isEqualTo(1); // the previous checkpoint, whole
    assertThat(dir.readStatus().complete() && dir.readStatus().epochsDone() == 3).isFalse();
    assertNothingHalfWritten(run);

    Files.delete(filler);
    Cli resumed = Cli.run("train", "--resume", run.toString(), "--epochs", "3");
    assertThat(resumed.exit()).as(resumed.err()).isZero();
    RunStatus status = dir.readStatus();
    assertThat(status.complete()).isTrue();
    assertThat(status.epochsDone()).isEqualTo(3);
    assertSameWeights(dir.weightsFile(), reference.resolve("model/weights.bin"));
  }

  @Test
  void aWeightsWriteThatRunsOutOfSpaceLeavesARunThatResumeFinishes() throws Exception {
    Path run = disk.resolve("run");
    Path reference = tmp.resolve("reference");
    Training training = Training.of("ae").dataset("mnist").architecture("dense:16").latent(2).limit(200, 50).epochs(2).seed(1);
    Path[] filler = new Path[1];
    // listeners run after the epoch's checkpoint is written: filling the disk at the last epoch's end makes the
    // final writes (status, history, weights) meet a full disk, the weights (100 KB) certainly
    TrainingListener fillAtTheEnd = new TrainingListener() {
      @Override
      public void onEpochEnd(EpochMetrics m) {
        if (m.epoch() == 1) {
          try {
            filler[0] = fill(disk);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    };
    try (Sae sae = Sae.open(Sae.Options.defaults().cacheDir(Cli.cacheDir()).log(line -> {}))) {
      sae.train(training.into(reference)).close();
      assertThatThrownBy(() -> sae.train(training.into(run), fillAtTheEnd))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("No space left on device");
    }
    assertThat(filler[0]).isNotNull();
    RunDirectory dir = new RunDirectory(run);
    assertThat(dir.checkpoints().load().epochsDone()).isEqualTo(2);
    assertThat(Files.exists(dir.weightsFile()) && dir.readStatus().complete()).isFalse();
    assertNothingHalfWritten(run);

    Files.delete(filler[0]);
    Cli resumed = Cli.run("train", "--resume", run.toString());
    assertThat(resumed.exit()).as(resumed.err()).isZero();
    assertThat(dir.readStatus().complete()).isTrue();
    assertThat(dir.readStatus().epochsDone()).isEqualTo(2);
    assertSameWeights(dir.weightsFile(), reference.resolve("model/weights.bin"));
    assertThat(List.of(Files.readAllLines(dir.historyFile()).size())).containsExactly(3); // header + the 2 epochs, none trained twice
  }
}
