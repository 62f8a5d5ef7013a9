package io.sae.eval.report;

import io.sae.data.io.AtomicFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code metrics.json}: pretty-printed JSON of nested maps, lists, arrays, numbers, strings and
 * records, with a stable key order (map keys sorted, record and bean properties alphabetical) so two runs
 * diff cleanly. NaN and infinite numbers, which JSON cannot represent, are written as {@code null}.
 */
public final class MetricsJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .build();

  private MetricsJson() {}

  /** The JSON text {@link #write} writes (ends with a newline). */
  public static String toJson(Map<String, ?> metrics) throws IOException {
    JsonNode tree = MAPPER.valueToTree(metrics);
    return MAPPER.writeValueAsString(nonFiniteToNull(tree)) + "\n";
  }

  /**
   * Writes {@code metrics} to {@code file} atomically (temporary sibling, then move).
   *
   * @throws IOException when the file cannot be written or a value cannot be serialised
   */
  public static void write(Path file, Map<String, ?> metrics) throws IOException {
    byte[] bytes = toJson(metrics).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    AtomicFiles.write(file, bytes);
  }

  private static JsonNode nonFiniteToNull(JsonNode node) {
    if (node.isNumber() && (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
      return NullNode.getInstance();
    }
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        object.set(name, nonFiniteToNull(object.get(name)));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, nonFiniteToNull(array.get(i)));
      }
    }
    return node;
  }
}
