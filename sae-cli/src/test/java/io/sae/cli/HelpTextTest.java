package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's usage help, rendered at picocli's default 80 columns, has no sentence broken off by a hard line
 * break: descriptions are one string per paragraph and picocli does the wrapping.
 *
 * <p>The rule: picocli wraps greedily, so when a line is followed by a line of the same paragraph that starts with a
 * lower-case word (the sentence goes on), that word must not have fit on the line before. If it would have fitted,
 * the break was written into the source (a description split over several array elements).
 */
class HelpTextTest {
  static final int WIDTH = 80;

  @Test
  void noUsageHelpLineIsABrokenOffSentenceFragment() {
    CommandLine root = new CommandLine(new SaeCommand());
    List<CommandLine> commands = new ArrayList<>();
    collect(root, commands);
    assertThat(commands).hasSizeGreaterThan(15);
    List<String> broken = new ArrayList<>();
    for (CommandLine c : commands) {
      c.setUsageHelpWidth(WIDTH);
      broken.addAll(brokenLines(c.getCommandSpec().qualifiedName(), c.getUsageMessage(CommandLine.Help.Ansi.OFF)));
    }
    assertThat(broken).as("lines that break a sentence although the next word fits (width %d)", WIDTH).isEmpty();
  }

  @Test
  void everyCommandSummaryIsASentence() {
    // the first description line is what the parent's command list shows
    List<CommandLine> commands = new ArrayList<>();
    collect(new CommandLine(new SaeCommand()), commands);
    List<String> bad = new ArrayList<>();
    for (CommandLine c : commands) {
      String[] description = c.getCommandSpec().usageMessage().description();
      if (description.length == 0 || !description[0].strip().endsWith(".")) {
        bad.add(c.getCommandSpec().qualifiedName() + ": " + (description.length == 0 ? "(none)" : description[0]));
      }
    }
    assertThat(bad).as("commands whose first description line is not a whole sentence").isEmpty();
  }

  @Test
  void theRuleFindsAHardBreakInsideASentence() {
    String help = """
        Usage: sae x
        Training throughput is samples/s of the mini-batch loop, encoding
        throughput that of the trained model on the test images.
          --arch=SPEC   The architectures, which are
                          built in order.
        """;
    assertThat(brokenLines("x", help)).hasSize(2);
    String wrapped = """
        Training throughput is samples/s of the mini-batch loop (Adam included),
        encoding throughput that of the trained model.
        """;
    assertThat(brokenLines("x", wrapped)).isEmpty();
  }

  static List<String> brokenLines(String command, String usage) {
    List<String> found = new ArrayList<>();
    String[] lines = usage.split("\n", -1);
    for (int i = 0; i + 1 < lines.length; i++) {
      String line = lines[i].stripTrailing();
      String next = lines[i + 1].strip();
      if (line.isBlank() || line.endsWith(":") || !continuesASentence(next)) continue;
      String firstWord = next.split("\\s+", 2)[0];
      // picocli fills lines up to WIDTH - 1 characters in the description sections
      if (line.length() + 1 + firstWord.length() <= WIDTH - 1) {
        found.add(command + ": \"" + line.strip() + "\" / \"" + next + "\"");
      }
    }
    return found;
  }

  /**
   * A line that goes on with the sentence before it: it starts like the middle of a sentence (a lower-case word, a
   * number, a parenthesis or a quote), and is neither a table row (two spaces between columns) nor a command example.
   */
  static boolean continuesASentence(String line) {
    if (line.isEmpty() || line.startsWith("sae ") || line.contains("  ")) return false;
    int c = line.codePointAt(0);
    return Character.isLowerCase(c) || Character.isDigit(c) || c == '(' || c == '\'';
  }

  private static void collect(CommandLine c, List<CommandLine> into) {
    into.add(c);
    c.getSubcommands().values().forEach(s -> collect(s, into));
  }
}
