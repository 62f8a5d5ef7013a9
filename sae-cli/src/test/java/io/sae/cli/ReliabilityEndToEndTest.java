package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.runtime.run.RunDirectory;
import io.sae.runtime.run.RunLock;
import io.sae.runtime.run.RunStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20's silent wrong answers and dead ends, each reproduced with the command the issue gives: data files changed
 * after training (item 1), stray label values (item 3), runs that never finished an epoch (item 5), messages that
 * did not name the file (item 7) and two writers of one run (item 8).
 */
class ReliabilityEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static void assertOneLineError(Cli r, String... fragments) {
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(r.err().strip()).startsWith("sae: error: ").doesNotContain("\n").doesNotContain("\tat ");
    for (String f : fragments) {
      assertThat(r.err()).contains(f);
    }
  }

  /** {@code rows} rows of 4 features in [0, 1] with an integer label column of {@code classes} classes. */
  private Path csv(String name, int rows, int classes, long seed) throws Exception {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder("a,b,c,d,y\n");
    for (int i = 0; i < rows; i++) {
      int y = i % classes;
      double t = (y + r.nextDouble()) / classes;
      b.append(String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f,%d%n", t, 1 - t, t * t, r.nextDouble(), y));
    }
    return Files.writeString(tmp.resolve(name), b.toString());
  }

  private Path train(Path data, String... extra) {
    Path run = tmp.resolve("run");
    String[] base = {"train", "--dataset", "csv:" + data + "?label=y", "--arch", "dense:8", "--latent", "2", "--epochs", "2",
        "--batch-size", "16", "--out", run.toString()};
    String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    Cli t = Cli.run(args);
    assertThat(t.exit()).as(t.err()).isZero();
    return run;
  }

  @Test
  void dataChangedAfterTrainingIsRefusedUnlessAcceptedAndThenRecorded() throws Exception {
    Path data = csv("points.csv", 120, 2, 1);
    Path run = train(data);
    JsonNode config = JSON.readTree(run.resolve("config.json").toFile());
    JsonNode file = config.get("dataFingerprint").get("files").get(0);
    assertThat(file.get("path").asText()).isEqualTo(data.toString());
    assertThat(file.get("size").asLong()).isEqualTo(Files.size(data));
    assertThat(config.get("dataFingerprint").get("classes").toString()).isEqualTo("[\"0\",\"1\"]");

    // the case: the file rewritten with 3 classes and other rows
    Files.copy(csv("other.csv", 150, 3, 2), data, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String[][] commands = {{"evaluate", run.toString()}, {"encode", run.toString(), "--out", tmp.resolve("z.npy").toString()},
        {"cluster", run.toString()}, {"classify", run.toString()}};
    for (String[] command : commands) {
      assertOneLineError(Cli.run(command), "the data of this run changed since it trained", data + " changed (",
          "classes [0, 1] when trained, [0, 1, 2] now", "--accept-changed-data");
    }
    assertThat(tmp.resolve("z.npy")).doesNotExist();
    // index reads the run's files in its own selection, so it compares the files only (not loading them twice)
    assertOneLineError(Cli.run("index", run.toString(), "--out", tmp.resolve("idx").toString()),
        "the data of this run changed since it trained", data + " changed (", "--accept-changed-data");
    assertThat(tmp.resolve("idx")).doesNotExist();
    assertOneLineError(Cli.run("train", "--resume", run.toString(), "--epochs", "3"), "the data of this run changed since it trained");
    assertThat(run.resolve("metrics.json")).doesNotExist();

    // same classes and counts, other values: accepted on request, and the metrics say so
    Files.copy(csv("same-shape.csv", 120, 2, 3), data, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertOneLineError(Cli.run("evaluate", run.toString()), data + " changed (");
    Cli accepted = Cli.run("evaluate", run.toString(), "--accept-changed-data");
    assertThat(accepted.exit()).as(accepted.err()).isZero();
    assertThat(accepted.out() + accepted.err()).contains("warning: using data that changed since the run trained");
    JsonNode metrics = JSON.readTree(run.resolve("metrics.json").toFile());
    assertThat(metrics.get("data_changes_accepted").get(0).asText()).startsWith(data + " changed (");
    // accepting changed data never lets a run train on other data (train has no such option; the library refuses too)
    try (io.sae.runtime.SaeRuntime runtime = new io.sae.runtime.SaeRuntime(Cli.cacheDir(), line -> {}, java.util.List.of())) {
      runtime.acceptChangedData(true);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new io.sae.runtime.train.RunTrainer(runtime)
              .resume(new io.sae.runtime.train.Resume(run, java.util.OptionalInt.of(3)), java.util.List.of(), line -> {}))
          .isInstanceOf(io.sae.api.InvalidInputException.class)
          .hasMessageContaining("--accept-changed-data does not apply to --resume");
    }
  }

  @Test
  void aStrayValueInAnIntegerLabelColumnIsAnErrorNamingItsLine() throws Exception {
    Path data = csv("points.csv", 40, 3, 1);
    String text = Files.readString(data).replaceFirst("\n([^\n]*),2\n", "\n$1,1.0\n"); // the first label 2 (line 4) becomes 1.0
    Files.writeString(data, text);
    assertOneLineError(Cli.run("train", "--dataset", "csv:" + data + "?label=y", "--out", tmp.resolve("run").toString()),
        data + " line 4: label '1.0' is not a class index");
    assertThat(tmp.resolve("run")).doesNotExist();
  }

  /** A run folder as a kill during the first epoch leaves it: config and status, no checkpoint, no weights. */
  private Path killedInFirstEpoch() throws Exception {
    Path run = train(csv("points.csv", 120, 2, 1));
    RunDirectory dir = new RunDirectory(run);
    try (var walk = Files.walk(run.resolve("checkpoint"))) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!p.equals(run.resolve("checkpoint"))) {
          Files.delete(p);
        }
      }
    }
    Files.delete(dir.weightsFile());
    Files.delete(dir.historyFile());
    dir.writeStatus(new RunStatus(RunStatus.State.TRAINING, 0, 2, -1, "last epoch", "", RunDirectory.now()));
    return run;
  }

  @Test
  void aRunThatNeverFinishedAnEpochCanBeResumedFromEpochZero() throws Exception {
    Path run = killedInFirstEpoch();
    Cli resumed = Cli.run("train", "--resume", run.toString());
    assertThat(resumed.exit()).as(resumed.err()).isZero();
    assertThat(resumed.out() + resumed.err()).contains("has no finished epoch; training it from epoch 0 with its recorded settings");
    RunStatus status = new RunDirectory(run).readStatus();
    assertThat(status.complete()).isTrue();
    assertThat(status.epochsDone()).isEqualTo(2);
  }

  @Test
  void aRunThatNeverFinishedAnEpochIsReplacedByANewTraining() throws Exception {
    Path run = killedInFirstEpoch();
    Cli again = Cli.run("train", "--dataset", "csv:" + tmp.resolve("points.csv") + "?label=y", "--arch", "dense:8", "--latent", "3",
        "--epochs", "1", "--out", run.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out() + again.err()).contains("holds a run that never finished an epoch; replacing it");
    assertThat(JSON.readTree(run.resolve("config.json").toFile()).get("latent").asInt()).isEqualTo(3);
    // a finished run is never replaced
    assertOneLineError(Cli.run("train", "--dataset", "mnist", "--out", run.toString()), "already exists and is not empty");
  }

  @Test
  void aSecondWriterOfARunIsRefusedNamingTheHolder() throws Exception {
    Path run = train(csv("points.csv", 120, 2, 1));
    // another writer: a thread holding the lock as a second `sae train --resume` would (a process is covered in RunLockTest)
    java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
    Thread holder = new Thread(() -> {
      try (RunLock held = RunLock.acquire(run, "run folder", "training")) {
        locked.countDown();
        done.await();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }, "other-writer");
    holder.start();
    locked.await();
    try {
      String holderNamed = "PID " + ProcessHandle.current().pid() + ", thread other-writer";
      assertOneLineError(Cli.run("train", "--resume", run.toString(), "--epochs", "3"), "run folder " + run + " is in use", holderNamed);
      assertOneLineError(Cli.run("evaluate", run.toString()), "run folder " + run + " is in use", holderNamed);
    } finally {
      done.countDown();
      holder.join();
    }
    Cli eval = Cli.run("evaluate", run.toString());
    assertThat(eval.exit()).as(eval.err()).isZero();
  }

  @Test
  void aCacheDirThatIsAFileIsNamed() throws Exception {
    Path file = Files.writeString(tmp.resolve("afile"), "");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"datasets", "fetch", "mnist", "--cache-dir", file.toString()}, new PrintWriter(out, true),
        new PrintWriter(err, true));
    assertThat(code).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(err.toString()).contains("the data cache needs a folder, but " + file.toAbsolutePath() + " is a file (check --cache-dir");
  }

  @Test
  void aCorruptCachedFileIsListedAsCorrupt() throws Exception {
    Path cache = Files.createDirectories(tmp.resolve("cache/mnist"));
    for (String f : new String[] {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
      Files.copy(Cli.cacheDir().resolve("mnist").resolve(f), cache.resolve(f));
    }
    byte[] labels = Files.readAllBytes(cache.resolve("t10k-labels-idx1-ubyte"));
    labels[100] ^= 1;
    Files.write(cache.resolve("t10k-labels-idx1-ubyte"), labels);
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"datasets", "--cache-dir", tmp.resolve("cache").toString()}, new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true));
    assertThat(code).isZero();
    assertThat(out.toString()).containsPattern("mnist +corrupt ")
        .contains(cache.resolve("t10k-labels-idx1-ubyte") + ": SHA-256 is ");
  }

  @Test
  void encodeIntoAFolderThatIsAFileNamesTheOutput() throws Exception {
    Path run = train(csv("points.csv", 120, 2, 1));
    Path blocker = Files.writeString(tmp.resolve("blocker"), "");
    assertOneLineError(Cli.run("encode", run.toString(), "--out", blocker.resolve("z.npy").toString()),
        blocker.resolve("z.npy") + ": cannot be written, " + blocker.toAbsolutePath() + " is a file, not a folder");
  }

  @Test
  void groupingFileErrorsNameTheFile() throws Exception {
    Path g = Files.writeString(tmp.resolve("g.json"), "{\"name\": \"g\", \"groups\": {\"A\": [\"0\"], \"B\": [\"1\"]}}");
    Path data = csv("points.csv", 60, 3, 1);
    assertOneLineError(Cli.run("train", "--dataset", "csv:" + data + "?label=y", "--grouping", g.toString(), "--out", tmp.resolve("r").toString()),
        g + ": grouping g leaves classes [2]");
  }

  @Test
  void aOneSampleTestSplitIsNamedAsTheCauseInEvaluate() throws Exception {
    Path trainCsv = csv("points.csv", 60, 2, 1);
    Path testCsv = Files.writeString(tmp.resolve("one.csv"), "a,b,c,d,y\n0.1,0.9,0.01,0.5,0\n");
    Path run = tmp.resolve("run");
    Cli t = Cli.run("train", "--dataset", "csv:" + trainCsv + "?label=y&test=" + testCsv, "--arch", "dense:8", "--latent", "2",
        "--epochs", "1", "--out", run.toString());
    assertThat(t.exit()).as(t.err()).isZero();
    assertOneLineError(Cli.run("evaluate", run.toString()), "has 1 test sample; evaluation needs at least 2");
  }
}
