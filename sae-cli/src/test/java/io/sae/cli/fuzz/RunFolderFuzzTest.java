package io.sae.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.cli.Main;
import io.sae.cli.fuzz.Mutator.Field;
import io.sae.cli.fuzz.Mutator.FloatData;
import io.sae.cli.fuzz.Mutator.Profile;
import io.sae.runtime.run.RunDirectory;
import io.sae.runtime.run.RunLock;
import io.sae.runtime.run.RunStatus;
import io.sae.tf.graph.ParameterSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the files of a real run folder (a tiny autoencoder trained on 200 MNIST images): {@code config.json},
 * {@code status.json}, {@code model/weights.bin} and the checkpoint ({@code latest.properties}, {@code params.bin},
 * {@code history.tsv}), first through their readers, then through the CLI in-process ({@code sae evaluate} and
 * {@code sae train --resume}). Besides the reader property (load or one-line {@code InvalidInputException}), a
 * command must exit 0, or 2 with one {@code sae: error:} line; never exit 1 or print a stack trace; and a run it
 * reports as not finished must not be left marked complete.
 */
class RunFolderFuzzTest {
  private static final String[] RUN_FILES = {
    "config.json", "status.json", "history.csv", "model/weights.bin", "checkpoint/latest.properties",
    "checkpoint/epoch-0001/params.bin", "checkpoint/epoch-0001/history.tsv"
  };

  @TempDir static Path tmp;
  private static Map<String, byte[]> run;
  private static FuzzRunner readers;
  private static FuzzRunner commands;

  @BeforeAll
  static void trainATinyRun() throws IOException {
    Path dir = tmp.resolve("seed-run");
    Cli train = Cli.run("train", "--dataset", "mnist", "--limit", "200,50", "--arch", "dense:16", "--latent", "2", "--epochs", "1",
        "--out", dir.toString());
    assertThat(train.exit()).as(train.err()).isZero();
    run = new LinkedHashMap<>();
    for (String f : RUN_FILES) {
      run.put(f, normalised(f, Files.readString(dir.resolve(f), StandardCharsets.ISO_8859_1)));
    }
    assertThat(new String(run.get("checkpoint/epoch-0001/history.tsv"), StandardCharsets.ISO_8859_1)).startsWith("0\t0.25\t0.0\t");
    assertThat(new String(run.get("config.json"), StandardCharsets.ISO_8859_1)).contains("2026-01-01T00:00:00Z");
    try (Stream<Path> s = Files.walk(dir)) {
      // every file but the lock (empty; its holder is this process, gone by the time a case runs)
      assertThat(s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(RunLock.FILE)).count())
          .as("the run folder holds exactly the files fuzzed").isEqualTo(RUN_FILES.length);
    }
    readers = new FuzzRunner(tmp.resolve("reader-cases"), 20);
    commands = new FuzzRunner(tmp.resolve("cli-cases"), 120);
  }

  /**
   * {@code file}'s content with its clock readings (time stamps, seconds, samples per second) set to fixed values, so
   * that the seeds, and with them every case, are the same in every run of the test (training itself is
   * bit-reproducible); binary files pass unchanged (ISO-8859-1 maps bytes to chars one to one).
   */
  private static byte[] normalised(String file, String text) {
    String out = switch (file) {
      case "config.json" -> text.replaceAll("\"created\" : \"[^\"]*\"", "\"created\" : \"2026-01-01T00:00:00Z\"");
      case "status.json" -> text.replaceAll("\"updated\" : \"[^\"]*\"", "\"updated\" : \"2026-01-01T00:00:00Z\"");
      case "checkpoint/latest.properties" -> text.replaceAll("(?m)^#.*\n", "");
      case "checkpoint/epoch-0001/history.tsv" -> text.replaceAll("(?m)^(\\d+)\t[^\t]*\t[^\t]*\t", "$1\t0.25\t0.0\t");
      case "history.csv" -> text.replaceAll("(?m)^(\\d+),[^,]*,[^,]*,[^,]*,", "$1,0.25,0.0,720,");
      default -> text;
    };
    return out.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The CLI in-process with this test's data cache, as a user types it. */
  record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
      String[] full = Stream.concat(Stream.of(args), Stream.of("--cache-dir", DataFormatFuzzTest.cacheDir().toString())).toArray(String[]::new);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(full, new PrintWriter(out, true), new PrintWriter(err, true));
      return new Cli(code, out.toString(), err.toString());
    }
  }

  /** Header fields of a weights file: magic, version, count, and the first array's name length, rank and dimensions. */
  private static Profile weightsProfile(byte[] w) {
    ByteBuffer b = ByteBuffer.wrap(w).order(ByteOrder.LITTLE_ENDIAN);
    List<Field> f = new ArrayList<>(List.of(
        new Field("magic", 0, 4, ByteOrder.LITTLE_ENDIAN), new Field("version", 4, 4, ByteOrder.LITTLE_ENDIAN),
        new Field("count", 8, 4, ByteOrder.LITTLE_ENDIAN), new Field("name-length", 12, 4, ByteOrder.LITTLE_ENDIAN)));
    int name = b.getInt(12);
    int rankAt = 16 + name;
    int rank = b.getInt(rankAt);
    f.add(new Field("rank", rankAt, 4, ByteOrder.LITTLE_ENDIAN));
    for (int r = 0; r < rank; r++) {
      f.add(new Field("dim" + r, rankAt + 4 + 8 * r, 8, ByteOrder.LITTLE_ENDIAN));
    }
    return Profile.binary(f, new FloatData(rankAt + 4 + 8 * rank, 4, ByteOrder.LITTLE_ENDIAN));
  }

  private static Map<String, Profile> profiles(String... files) {
    Map<String, Profile> m = new LinkedHashMap<>();
    for (String f : files) {
      m.put(f, f.endsWith(".bin") ? weightsProfile(run.get(f)) : Profile.textual());
    }
    return m;
  }

  private static void fuzz(FuzzRunner runner, FuzzTarget target, int cases) throws IOException {
    FuzzRunner.Summary s = runner.run(target, cases);
    assertThat(s.failures()).as(s.line() + "; first failures: " + s.failures().stream().limit(3).toList()).hasSize(0);
  }

  /** The seed run's files {@code names} alone: a reader needs no more, and writing less keeps each case fast. */
  private static Map<String, byte[]> only(String... names) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (String n : names) {
      m.put(n, run.get(n));
    }
    return m;
  }

  private static long readerBound() {
    return (24L << 20) + 64L * run.values().stream().mapToLong(b -> b.length).sum();
  }

  @Test
  void configAndStatusReaders() throws IOException {
    fuzz(readers, new FuzzTarget("config.json", only("config.json"), profiles("config.json"), Map.of(), dir -> {
      new RunDirectory(dir).readConfig();
      return FuzzRunner.Outcome.LOADED;
    }, readerBound()), 1000);
    fuzz(readers, new FuzzTarget("status.json", only("status.json"), profiles("status.json"), Map.of(), dir -> {
      new RunDirectory(dir).readStatus();
      return FuzzRunner.Outcome.LOADED;
    }, readerBound()), 600);
  }

  @Test
  void weightsReader() throws IOException {
    fuzz(readers, new FuzzTarget("weights.bin", only("model/weights.bin"), profiles("model/weights.bin"), Map.of(), dir -> {
      ParameterSnapshot.read(new RunDirectory(dir).weightsFile());
      return FuzzRunner.Outcome.LOADED;
    }, readerBound()), 600);
  }

  @Test
  void checkpointReader() throws IOException {
    fuzz(readers, new FuzzTarget("checkpoint",
        only("checkpoint/latest.properties", "checkpoint/epoch-0001/params.bin", "checkpoint/epoch-0001/history.tsv"),
        profiles("checkpoint/latest.properties", "checkpoint/epoch-0001/params.bin", "checkpoint/epoch-0001/history.tsv"), Map.of(), dir -> {
          new RunDirectory(dir).checkpoints().load();
          return FuzzRunner.Outcome.LOADED;
        }, readerBound()), 600);
  }

  /** Checks a command's result: exit 0, or exit 2 with one "sae: error:" line and no stack trace. */
  private static FuzzRunner.Outcome command(Cli r) {
    if (r.exit() == 0) {
      return FuzzRunner.Outcome.LOADED;
    }
    String err = r.err().strip();
    if (r.exit() != Main.EXIT_USER_ERROR || !err.startsWith("sae: error: ") || err.contains("\n") || err.contains("\tat ")) {
      throw new AssertionError("exit " + r.exit() + ", stderr: " + err.replace("\n", "\\n"));
    }
    return FuzzRunner.Outcome.REJECTED;
  }

  @Test
  void evaluateOnAMutatedRun() throws IOException {
    fuzz(commands, new FuzzTarget("cli-evaluate", run, profiles("config.json", "status.json", "model/weights.bin"), Map.of(),
        dir -> command(Cli.run("evaluate", dir.toString())), -1), 40);
  }

  @Test
  void resumeOfAMutatedRun() throws IOException {
    fuzz(commands, new FuzzTarget("cli-resume", run,
        profiles("config.json", "status.json", "checkpoint/latest.properties", "checkpoint/epoch-0001/params.bin", "checkpoint/epoch-0001/history.tsv"),
        Map.of(), dir -> {
          FuzzRunner.Outcome o = command(Cli.run("train", "--resume", dir.toString(), "--epochs", "2"));
          RunDirectory rd = new RunDirectory(dir);
          RunStatus status;
          try {
            status = rd.readStatus();
          } catch (RuntimeException e) {
            if (o == FuzzRunner.Outcome.LOADED) {
              throw new AssertionError("the resume succeeded but left status.json unreadable: " + e.getMessage());
            }
            return o; // the mutated status.json itself, untouched by a refused resume
          }
          boolean claimsTwo = status.complete() && status.epochsDone() == 2;
          if (o == FuzzRunner.Outcome.LOADED && !claimsTwo) {
            throw new AssertionError("the resume exited 0 but status.json says " + status);
          }
          if (o == FuzzRunner.Outcome.REJECTED && claimsTwo) {
            throw new AssertionError("the resume failed but status.json says complete after 2 epochs: " + status);
          }
          if (claimsTwo) {
            ParameterSnapshot.read(rd.weightsFile()); // complete means the kept weights are there and whole
          }
          return o;
        }, -1), 40);
  }

  @Test
  void trainOnAMutatedCsv() throws IOException {
    // the data path of 'sae train' itself: a mutated CSV either trains one epoch or is refused in one line, and a
    // refused one leaves no run folder behind
    byte[] csv = Seeds.mnist(DataFormatFuzzTest.cacheDir(), 100).csv(100, 16);
    fuzz(commands, FuzzTarget.single("cli-train-csv", "data.csv", csv, Profile.textual(), dir -> {
      Path out = dir.resolve("run");
      FuzzRunner.Outcome o = command(Cli.run("train", "--dataset", "csv:" + dir.resolve("data.csv") + "?label=label", "--arch", "dense:8",
          "--latent", "2", "--epochs", "1", "--out", out.toString()));
      if (o == FuzzRunner.Outcome.REJECTED && Files.exists(out.resolve("status.json")) && new RunDirectory(out).readStatus().complete()) {
        throw new AssertionError("train failed but left a run marked complete");
      }
      if (o == FuzzRunner.Outcome.LOADED) {
        assertThat(new RunDirectory(out).readStatus().complete()).isTrue();
      }
      return o;
    }, -1), 30);
  }
}
