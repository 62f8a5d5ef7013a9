package io.sae.eval.report;

import io.sae.data.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A small builder for {@code report.md}: headings, paragraphs, bullet lists, tables and image links, in the
 * order they are added. Table cells are written with {@link #cell}: doubles and floats with 4 decimals
 * ({@code n/a} for NaN), everything else with {@code String.valueOf}; pipes and line breaks in cells are
 * escaped so the table stays intact. Not thread-safe.
 *
 * <pre>{@code
 * new MarkdownReport()
 *     .heading(1, "Run mnist-sae")
 *     .paragraph("Latent SVM on 60,000 training codes.")
 *     .table(List.of("split", "accuracy"), List.of(List.of("test", 0.9712)))
 *     .image("latent space", "latent-pca.png")
 *     .write(runDir.resolve(MarkdownReport.FILE_NAME));
 * }</pre>
 */
public final class MarkdownReport {
  /** The conventional file name in a run directory. */
  public static final String FILE_NAME = "report.md";

  private final StringBuilder text = new StringBuilder();

  /** A heading of {@code level} 1 to 6. */
  public MarkdownReport heading(int level, String title) {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("Markdown heading level must be 1 to 6, got " + level);
    }
    return block("#".repeat(level) + " " + oneLine(title));
  }

  /** A paragraph of text (Markdown in it is kept as is). */
  public MarkdownReport paragraph(String paragraph) {
    return block(paragraph.strip());
  }

  /** A bullet list, one item per entry. */
  public MarkdownReport bullets(List<String> items) {
    StringBuilder sb = new StringBuilder();
    for (String item : items) {
      sb.append(sb.isEmpty() ? "" : "\n").append("- ").append(oneLine(item));
    }
    return block(sb.toString());
  }

  /**
   * A table with a header row and one row per entry of {@code rows}.
   *
   * @throws IllegalArgumentException when a row's length differs from the header's
   */
  public MarkdownReport table(List<String> header, List<? extends List<?>> rows) {
    if (header.isEmpty()) {
      throw new IllegalArgumentException("a Markdown table needs at least one column");
    }
    StringBuilder sb = new StringBuilder();
    appendRow(sb, header);
    sb.append('\n').append("|---".repeat(header.size())).append("|");
    for (int r = 0; r < rows.size(); r++) {
      List<?> row = rows.get(r);
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("table row " + r + " has " + row.size() + " cells, the header " + header.size());
      }
      sb.append('\n');
      appendRow(sb, row);
    }
    return block(sb.toString());
  }

  /** An image link; {@code path} is usually relative to the report (e.g. {@code latent.png}). */
  public MarkdownReport image(String altText, String path) {
    return block("![" + oneLine(altText).replace("]", "\\]") + "](<" + path + ">)");
  }

  /** The Markdown text so far (ends with a newline unless empty). */
  public String render() {
    return text.toString();
  }

  /** Writes {@link #render()} to {@code file} atomically (temporary sibling, then move), in UTF-8. */
  public void write(Path file) throws IOException {
    AtomicFiles.write(file, render().getBytes(StandardCharsets.UTF_8));
  }

  /** How a table cell shows {@code value}. */
  public static String cell(Object value) {
    String s;
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      s = Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.4f", d);
    } else {
      s = String.valueOf(value);
    }
    return oneLine(s).replace("|", "\\|");
  }

  private MarkdownReport block(String block) {
    if (!text.isEmpty()) {
      text.append('\n');
    }
    text.append(block).append('\n');
    return this;
  }

  private static void appendRow(StringBuilder sb, List<?> cells) {
    sb.append('|');
    for (Object c : cells) {
      sb.append(' ').append(cell(c)).append(" |");
    }
  }

  private static String oneLine(String s) {
    return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
