package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sae.eval.report.MetricsJson;
import io.sae.lab.Sae;
import io.sae.lab.TrainedRun;
import io.sae.lab.evaluate.EvaluationResult;
import io.sae.runtime.data.SampleLimit;
import io.sae.runtime.train.Training;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The library-first refactor changed no number: fixtures recorded with the CLI of the commit before it (weights
 * SHA-256 and every metric of metrics.json; {@code src/test/resources/fixtures}) are reproduced bit for bit, both by
 * {@code sae train} + {@code sae evaluate} and by the Java API ({@link Sae#train}, {@link TrainedRun#evaluate}).
 * Left out of the comparison: the run path and wall-clock numbers (seconds, samples per second).
 *
 * <p>Bits are the CPU's: TensorFlow's kernels are deterministic on one machine, but two machines of this project's
 * kind (both "AMD EPYC" with the same ISA flags) round float32 differently in the 7th digit. So a fixture holds one
 * record per host it was taken on ({@code weights_sha256} + {@code metrics}, and {@code also_recorded}); a run must equal
 * one record exactly, weights and every metric. A behaviour change cannot pass by matching another host's record.
 */
class BehaviourFixtureTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"ae", "sae", "ccae-1-staged", "lambda-hot-vae", "geometric"})
  void cliReproducesTheFixture(String name, @TempDir Path tmp) throws Exception {
    JsonNode fixture = fixture(name);
    Path run = tmp.resolve(name);
    List<String> args = new java.util.ArrayList<>(List.of("train"));
    fixture.get("train_args").forEach(a -> args.add(a.asText()));
    args.addAll(List.of("--out", run.toString()));
    Cli train = Cli.run(args.toArray(String[]::new));
    assertThat(train.exit()).as(train.err()).isZero();
    Cli evaluate = Cli.run("evaluate", run.toString());
    assertThat(evaluate.exit()).as(evaluate.err()).isZero();

    JsonNode record = recordOf(fixture, sha256(run.resolve("model/weights.bin")));
    assertThat(comparable(JSON.readTree(run.resolve("metrics.json").toFile()))).isEqualTo(record.get("metrics"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ae", "sae", "ccae-1-staged", "lambda-hot-vae", "geometric"})
  void javaApiReproducesTheFixture(String name, @TempDir Path tmp) throws Exception {
    JsonNode fixture = fixture(name);
    Training training = training(fixture.get("train_args")).into(tmp.resolve(name));
    try (Sae sae = Sae.open(Sae.Options.defaults().cacheDir(Cli.cacheDir()).log(line -> {}));
        TrainedRun run = sae.train(training)) {
      EvaluationResult result = run.evaluate(false);
      JsonNode record = recordOf(fixture, sha256(run.path().resolve("model/weights.bin")));
      assertThat(comparable(JSON.readTree(MetricsJson.toJson(result.metrics())))).isEqualTo(record.get("metrics"));
      assertThat(result.svmTestError()).isEqualTo(record.get("metrics").get("linear_svm_test_error").asDouble());
    }
  }

  /** The fixture's {@code sae train} arguments as a {@link Training} (only the options the fixtures use). */
  private static Training training(JsonNode args) {
    List<String> list = new java.util.ArrayList<>();
    args.forEach(a -> list.add(a.asText()));
    Training t = Training.of(list.get(list.indexOf("--method") + 1));
    for (Iterator<JsonNode> it = args.iterator(); it.hasNext(); ) {
      String option = it.next().asText();
      String value = it.next().asText();
      t = switch (option) {
        case "--dataset" -> t.dataset(value);
        case "--arch" -> t.architecture(value);
        case "--limit" -> t.limit(SampleLimit.parse(value));
        case "--epochs" -> t.epochs(Integer.parseInt(value));
        case "--seed" -> t.seed(Long.parseLong(value));
        case "--labels" -> t.labels(Integer.parseInt(value));
        case "--set" -> t.set(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
        case "--method", "--progress" -> t;
        default -> throw new IllegalArgumentException("fixture option not mapped: " + option);
      };
    }
    return t;
  }

  /** The fixture's record (first host or {@code also_recorded}) whose weights are {@code sha}; fails when none is. */
  private static JsonNode recordOf(JsonNode fixture, String sha) {
    List<JsonNode> records = new java.util.ArrayList<>(List.of(fixture));
    if (fixture.has("also_recorded")) {
      fixture.get("also_recorded").forEach(records::add);
    }
    List<String> known = records.stream().map(r -> r.get("weights_sha256").asText()).toList();
    assertThat(known).as("weights SHA-256 of this run among the fixture's recorded hosts").contains(sha);
    return records.get(known.indexOf(sha));
  }

  private static JsonNode fixture(String name) throws Exception {
    try (InputStream in = BehaviourFixtureTest.class.getResourceAsStream("/fixtures/" + name + ".json")) {
      return JSON.readTree(in);
    }
  }

  /** metrics.json without what differs between two identical runs: the folder and wall-clock times. */
  private static JsonNode comparable(JsonNode metrics) {
    ObjectNode m = (ObjectNode) metrics.deepCopy();
    m.remove("run");
    ObjectNode training = (ObjectNode) m.get("training");
    training.remove(List.of("seconds", "mean_samples_per_second"));
    ObjectNode last = (ObjectNode) training.get("final");
    List<String> timing = new java.util.ArrayList<>();
    last.fieldNames().forEachRemaining(f -> {
      if (f.endsWith("_seconds")) {
        timing.add(f);
      }
    });
    last.remove(timing);
    return m;
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
