package io.sae.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsJsonTest {
  @TempDir Path dir;

  record Timing(double seconds, int rows) {}

  @Test
  void sortedPrettyAndNanAsNull() throws Exception {
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("zeta", 1);
    metrics.put("accuracy", 0.5);
    metrics.put("rmse", Double.NaN);
    metrics.put("inf", Double.POSITIVE_INFINITY);
    metrics.put("floatNan", Float.NaN);
    metrics.put("perClass", new double[] {0.1, Double.NaN});
    metrics.put("floats", new float[] {Float.NaN, 2f});
    metrics.put("list", List.of(1.5, Double.NaN));
    Map<String, Object> nested = new HashMap<>();
    nested.put("b", 2);
    nested.put("a", Double.NaN);
    metrics.put("nested", nested);
    metrics.put("timing", new Timing(1.25, 10));
    metrics.put("name", "mnist");
    metrics.put("none", null);
    Path file = dir.resolve("run/metrics.json");
    MetricsJson.write(file, metrics);

    String text = Files.readString(file);
    assertThat(text).doesNotContain("NaN").doesNotContain("Infinity").endsWith("\n").contains("\n  \"");
    JsonNode root = new ObjectMapper().readTree(text);
    List<String> keys = new java.util.ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).isSorted().hasSize(12);
    assertThat(root.get("accuracy").doubleValue()).isEqualTo(0.5);
    assertThat(root.get("zeta").intValue()).isEqualTo(1);
    assertThat(root.get("rmse").isNull()).isTrue();
    assertThat(root.get("inf").isNull()).isTrue();
    assertThat(root.get("floatNan").isNull()).isTrue();
    assertThat(root.get("perClass").get(0).doubleValue()).isEqualTo(0.1);
    assertThat(root.get("perClass").get(1).isNull()).isTrue();
    assertThat(root.get("floats").get(0).isNull()).isTrue();
    assertThat(root.get("floats").get(1).doubleValue()).isEqualTo(2.0);
    assertThat(root.get("list").get(1).isNull()).isTrue();
    assertThat(root.get("nested").get("a").isNull()).isTrue();
    assertThat(root.get("nested").fieldNames().next()).isEqualTo("a");
    assertThat(root.get("timing").get("seconds").doubleValue()).isEqualTo(1.25);
    assertThat(root.get("name").textValue()).isEqualTo("mnist");
    assertThat(root.get("none").isNull()).isTrue();
  }

  @Test
  void sameContentSameBytesWhateverTheMapOrder() throws Exception {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("b", 1);
    a.put("a", 2);
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("a", 2);
    b.put("b", 1);
    assertThat(MetricsJson.toJson(a)).isEqualTo(MetricsJson.toJson(b));
  }

  @Test
  void replacesAnExistingFileWithoutLeftovers() throws Exception {
    Path file = dir.resolve("metrics.json");
    Files.writeString(file, "old");
    MetricsJson.write(file, Map.of("x", 1));
    assertThat(new ObjectMapper().readTree(file.toFile()).get("x").intValue()).isEqualTo(1);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }
}
