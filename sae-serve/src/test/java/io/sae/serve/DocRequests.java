package io.sae.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code curl} requests of {@code docs/serving.md}, as written there: each line of a fenced block that starts
 * with {@code curl}, its body ({@code -d '...'} inline or {@code -d @FILE}, read relative to the repository root),
 * its URL, and the {@code #   -> ...} line under it, if any.
 */
record DocRequests(List<DocRequests.Call> calls) {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final Path PAGE = REPO.resolve("docs/serving.md");

  /**
   * One documented request.
   *
   * @param line the curl line
   * @param body the body, or null for a GET
   * @param path the URL's path (host and port are the server's under test)
   * @param expected the text after {@code ->}, or ""
   */
  record Call(String line, String body, String path, String expected) {
    /** The documented status: {@code HTTP NNN ...} or 200. */
    int status() {
      return expected.startsWith("HTTP ") ? Integer.parseInt(expected.substring(5, 8)) : 200;
    }

    /** The documented body after the status, or "". */
    String expectedBody() {
      return expected.startsWith("HTTP ") ? expected.substring(9).trim() : expected;
    }
  }

  private static final Pattern CURL = Pattern.compile("curl(?: -d (?:'([^']*)'|@(\\S+)))? http://localhost:8501(\\S+)");

  static DocRequests read() throws IOException {
    List<String> lines = Files.readAllLines(PAGE);
    List<Call> out = new ArrayList<>();
    boolean fenced = false;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (!fenced || !l.startsWith("curl ")) {
        continue;
      }
      Matcher m = CURL.matcher(l);
      if (!m.matches()) {
        throw new AssertionError("docs/serving.md line " + (i + 1) + " is a curl line the test cannot send: " + l);
      }
      String body = m.group(1) != null ? m.group(1) : m.group(2) != null ? Files.readString(REPO.resolve(m.group(2))) : null;
      String next = i + 1 < lines.size() ? lines.get(i + 1).trim() : "";
      String expected = next.startsWith("#   -> ") ? next.substring(7).trim() : "";
      out.add(new Call(l, body, m.group(3), expected));
    }
    return new DocRequests(out);
  }
}
