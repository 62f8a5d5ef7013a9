package io.sae.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Grouping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupingFilesTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void readsJsonKeepingGroupOrder() throws IOException {
    Grouping g = GroupingFiles.read(write("g.json", "{\"name\": \"x\", \"groups\": {\"Z\": [\"0\", \"1\"], \"A\": [\"2\"], \"M\": [\"3\", \"4\"]}}"));
    assertThat(g.name()).isEqualTo("x");
    assertThat(g.groupNames()).containsExactly("Z", "A", "M");
    assertThat(g.members()).containsExactly(List.of("0", "1"), List.of("2"), List.of("3", "4"));
  }

  @Test
  void readsYamlWithNumbersAsClassNamesAndDefaultsTheName() throws IOException {
    Grouping g = GroupingFiles.read(write("round-digits.yml", "groups:\n  round: [0, 6, 8, 9]\n  other:\n    - 1\n    - \"T-shirt/top\"\n"));
    assertThat(g.name()).isEqualTo("round-digits");
    assertThat(g.groupNames()).containsExactly("round", "other");
    assertThat(g.members()).containsExactly(List.of("0", "6", "8", "9"), List.of("1", "T-shirt/top"));
  }

  @Test
  void clearErrors() throws IOException {
    Path txt = write("g.txt", "{}");
    assertThatThrownBy(() -> GroupingFiles.read(txt)).isInstanceOf(InvalidInputException.class)
        .hasMessage("grouping file " + txt + ": expected a .json, .yaml or .yml file");
    Path missing = dir.resolve("none.json");
    assertThatThrownBy(() -> GroupingFiles.read(missing)).hasMessage("grouping file " + missing + ": not found");
    Path broken = write("b.json", "{\"groups\": {\"A\": [\"0\",]}");
    assertThatThrownBy(() -> GroupingFiles.read(broken)).hasMessageStartingWith("grouping file " + broken + ": cannot parse it at line 1, column");
    Path noGroups = write("n.json", "{\"name\": \"n\"}");
    assertThatThrownBy(() -> GroupingFiles.read(noGroups))
        .hasMessageStartingWith("grouping file " + noGroups + ": 'groups' must map each group name to a list of class names");
    Path unknown = write("u.yaml", "groups: {A: [0]}\ngroup_order: [A]\n");
    assertThatThrownBy(() -> GroupingFiles.read(unknown))
        .hasMessage("grouping file " + unknown + ": unknown key 'group_order' (expected 'name' and 'groups')");
    Path empty = write("e.json", "{\"groups\": {\"A\": []}}");
    assertThatThrownBy(() -> GroupingFiles.read(empty)).hasMessage("grouping file " + empty + ": group 'A' must be a non-empty list of class names");
    Path twice = write("t.json", "{\"groups\": {\"A\": [\"0\", \"1\"], \"B\": [\"1\"]}}");
    assertThatThrownBy(() -> GroupingFiles.read(twice)).hasMessage("grouping file " + twice + ": class '1' is in group 'A' and in group 'B'");
    Path dupGroup = write("d.json", "{\"groups\": {\"A\": [\"0\"], \"A\": [\"1\"]}}");
    assertThatThrownBy(() -> GroupingFiles.read(dupGroup)).hasMessageContaining("Duplicate field 'A'");
    Path nested = write("ne.json", "{\"groups\": {\"A\": [[\"0\"]]}}");
    assertThatThrownBy(() -> GroupingFiles.read(nested)).hasMessage("grouping file " + nested + ": group 'A' has a member that is not a class name: [\"0\"]");
  }

  @Test
  void bytesThatLookLikeBrokenUtf32AreAUserError() throws IOException {
    // found by the fuzzer: Jackson reads 00 00 00 xx as UTF-32 and threw CharConversionException, an internal error
    Path f = Files.write(dir.resolve("g.json"), new byte[] {0, 0, 0, '{', 'a', 'b', 'c', 'd'});
    assertThatThrownBy(() -> GroupingFiles.read(f))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("grouping file " + f + ": not UTF-8 text (Invalid UTF-32 character");
  }
}
