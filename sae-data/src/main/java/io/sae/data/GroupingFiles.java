package io.sae.data;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.sae.api.InvalidInputException;
import io.sae.api.data.Grouping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a user grouping from a small JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml}) file:
 *
 * <pre>{@code
 * {"name": "round-digits", "groups": {"round": ["0", "6", "8", "9"], "other": ["1", "2", "3", "4", "5", "7"]}}
 * }</pre>
 *
 * or in YAML
 *
 * <pre>{@code
 * name: round-digits
 * groups:
 *   round: [0, 6, 8, 9]
 *   other: [1, 2, 3, 4, 5, 7]
 * }</pre>
 *
 * Groups keep the file's order (it becomes the order of the new classes). Members are class names; plain
 * numbers are taken as their text ("0"). {@code name} is optional and defaults to the file name without its
 * extension. Whether the members match a dataset's classes is checked when the grouping is applied.
 */
public final class GroupingFiles {
  private static final Set<String> KEYS = Set.of("name", "groups");

  private GroupingFiles() {}

  /**
   * @throws InvalidInputException when the file is missing, has another extension, does not parse, or is not
   *     of the form above (no groups, an empty group, a class in two groups, an unknown key)
   */
  public static Grouping read(Path file) throws IOException {
    String fileName = file.getFileName().toString();
    String lower = fileName.toLowerCase(Locale.ROOT);
    ObjectMapper mapper;
    String stem;
    if (lower.endsWith(".json")) {
      mapper = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
      stem = fileName.substring(0, fileName.length() - 5);
    } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      mapper = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
      stem = fileName.substring(0, fileName.lastIndexOf('.'));
    } else {
      throw new InvalidInputException("grouping file " + file + ": expected a .json, .yaml or .yml file");
    }
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException("grouping file " + file + ": not found");
    }
    JsonNode root;
    try {
      root = mapper.readTree(file.toFile());
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidInputException(
          "grouping file " + file + ": cannot parse it" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    } catch (java.io.CharConversionException e) {
      // Jackson guesses the encoding from the first bytes; a binary file can look like broken UTF-32
      throw new InvalidInputException("grouping file " + file + ": not UTF-8 text (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
    }
    String where = "grouping file " + file;
    if (root == null || !root.isObject()) {
      throw new InvalidInputException(where + ": expected an object with 'groups' (and optionally 'name')");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new InvalidInputException(where + ": unknown key '" + key + "' (expected 'name' and 'groups')");
      }
    }
    String name = stem;
    if (root.has("name")) {
      if (!root.get("name").isTextual() || root.get("name").asText().isBlank()) {
        throw new InvalidInputException(where + ": 'name' must be a non-empty string");
      }
      name = root.get("name").asText().strip();
    }
    JsonNode groups = root.get("groups");
    if (groups == null || !groups.isObject() || groups.isEmpty()) {
      throw new InvalidInputException(where + ": 'groups' must map each group name to a list of class names, e.g. {\"A\": [\"0\", \"1\"]}");
    }
    List<String> names = new ArrayList<>();
    List<List<String>> members = new ArrayList<>();
    Map<String, String> groupOf = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = groups.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String group = e.getKey();
      JsonNode list = e.getValue();
      if (!list.isArray() || list.isEmpty()) {
        throw new InvalidInputException(where + ": group '" + group + "' must be a non-empty list of class names");
      }
      List<String> classes = new ArrayList<>();
      for (JsonNode m : list) {
        if (!m.isValueNode() || m.isNull()) {
          throw new InvalidInputException(where + ": group '" + group + "' has a member that is not a class name: " + m);
        }
        String c = m.asText();
        String before = groupOf.put(c, group);
        if (before != null) {
          throw new InvalidInputException(
              where + ": class '" + c + "' is in group '" + before + "'" + (before.equals(group) ? " twice" : " and in group '" + group + "'"));
        }
        classes.add(c);
      }
      names.add(group);
      members.add(classes);
    }
    return new Grouping(name, names, members);
  }
}
