package io.sae.eval.report;

import io.sae.api.data.FloatMatrix;
import io.sae.data.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code report.html}: the content of {@code report.md} as one self-contained HTML file that opens from disk
 * without a server: the Markdown blocks {@link MarkdownReport} writes (headings, paragraphs, bullets, tables,
 * images) turned into HTML, the PNGs it names embedded as data URIs, and an interactive scatter of the test
 * latents (zoom, pan, hover) drawn by {@code scatter.js}, inlined, with its points as JSON in the page.
 */
public final class HtmlReport {
  /** The conventional file name in a run directory. */
  public static final String FILE_NAME = "report.html";
  private static final Pattern IMAGE = Pattern.compile("!\\[(.*)]\\(<(.*)>\\)");

  private HtmlReport() {}

  /**
   * The interactive scatter: 2-D points, their labels and the class names.
   *
   * @param xy one row (x, y) per sample
   * @param labels class index per sample, or -1
   * @param classNames names of the classes
   * @param title caption above the plot
   */
  public record Scatter(FloatMatrix xy, int[] labels, List<String> classNames, String title) {
    public Scatter {
      if (xy.cols() != 2 || labels.length != xy.rows()) {
        throw new IllegalArgumentException("a scatter needs one (x, y) row and one label per sample");
      }
      labels = labels.clone();
      classNames = List.copyOf(classNames);
    }
  }

  /**
   * Renders {@code markdown} (as {@link MarkdownReport#render()} gives it) and the scatter as HTML.
   *
   * @param imageDir where the images the report names are (they are embedded)
   */
  public static String render(String markdown, Path imageDir, Scatter scatter) throws IOException {
    StringBuilder b = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<link rel=\"icon\" href=\"data:,\"><title>");
    String title = markdown.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2)).orElse("sae report");
    b.append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>\n");
    for (String block : markdown.split("\n\n")) {
      block(b, block.strip(), imageDir);
    }
    b.append("<h2>Test latents, interactive</h2><p>").append(escape(scatter.title()))
        .append(". Wheel: zoom, drag: pan, hover: sample.</p>\n")
        .append("<div id=\"legend\"></div><canvas id=\"scatter\" width=\"640\" height=\"640\" data-points=\"0\"></canvas>")
        .append("<div id=\"hover-caption\">&nbsp;</div>\n<script>").append(resource("/io/sae/eval/report/scatter.js"))
        .append("</script>\n<script>var SAE_SCATTER = ").append(json(scatter)).append(";</script>\n<script>").append(SCRIPT)
        .append("</script>\n</body></html>\n");
    return b.toString();
  }

  /** Renders and writes {@code file} atomically. */
  public static void write(Path file, String markdown, Path imageDir, Scatter scatter) throws IOException {
    AtomicFiles.write(file, render(markdown, imageDir, scatter).getBytes(StandardCharsets.UTF_8));
  }

  private static void block(StringBuilder b, String block, Path imageDir) throws IOException {
    if (block.isEmpty()) {
      return;
    }
    if (block.startsWith("#")) {
      int level = 0;
      while (level < block.length() && block.charAt(level) == '#') {
        level++;
      }
      b.append("<h").append(level).append('>').append(inline(block.substring(level).strip())).append("</h").append(level).append(">\n");
      return;
    }
    Matcher img = IMAGE.matcher(block);
    if (img.matches()) {
      Path file = imageDir.resolve(img.group(2));
      String src = Files.isRegularFile(file) && img.group(2).endsWith(".png")
          ? "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file)) : img.group(2);
      b.append("<figure><img alt=\"").append(escape(img.group(1).replace("\\]", "]"))).append("\" src=\"").append(escape(src))
          .append("\"><figcaption>").append(escape(img.group(1).replace("\\]", "]"))).append("</figcaption></figure>\n");
      return;
    }
    if (block.startsWith("- ")) {
      b.append("<ul>");
      for (String line : block.split("\n")) {
        b.append("<li>").append(inline(line.replaceFirst("^- ", ""))).append("</li>");
      }
      b.append("</ul>\n");
      return;
    }
    if (block.startsWith("|")) {
      String[] lines = block.split("\n");
      b.append("<table>");
      for (int i = 0; i < lines.length; i++) {
        if (i == 1 && lines[i].startsWith("|---")) {
          continue;
        }
        String tag = i == 0 ? "th" : "td";
        b.append("<tr>");
        for (String cell : cells(lines[i])) {
          b.append('<').append(tag).append('>').append(inline(cell)).append("</").append(tag).append('>');
        }
        b.append("</tr>");
      }
      b.append("</table>\n");
      return;
    }
    b.append("<p>").append(inline(block).replace("\n", "<br>")).append("</p>\n");
  }

  /** The cells of a Markdown table row, with {@code \|} kept as a literal bar. */
  private static List<String> cells(String row) {
    String inner = row.strip();
    inner = inner.substring(1, inner.endsWith("|") && !inner.endsWith("\\|") ? inner.length() - 1 : inner.length());
    return java.util.Arrays.stream(inner.split("(?<!\\\\)\\|")).map(c -> c.strip().replace("\\|", "|")).toList();
  }

  /** Escapes text and turns {@code `code`} and {@code **bold**} into HTML. */
  private static String inline(String text) {
    String s = escape(text);
    s = s.replaceAll("`([^`]+)`", "<code>$1</code>");
    return s.replaceAll("\\*\\*([^*]+)\\*\\*", "<b>$1</b>");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String json(Scatter s) {
    StringBuilder b = new StringBuilder("{\"xy\":[");
    float[] d = s.xy().data();
    for (int i = 0; i < d.length; i++) {
      b.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.5g", d[i]));
    }
    b.append("],\"labels\":[");
    for (int i = 0; i < s.labels().length; i++) {
      b.append(i == 0 ? "" : ",").append(s.labels()[i]);
    }
    b.append("],\"classNames\":[");
    for (int i = 0; i < s.classNames().size(); i++) {
      b.append(i == 0 ? "" : ",").append('"').append(s.classNames().get(i).replace("\\", "\\\\").replace("\"", "\\\"")
          .replace("<", "\\u003c")).append('"');
    }
    return b.append("]}").toString();
  }

  private static String resource(String path) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String STYLE = "body{font-family:sans-serif;max-width:1000px;margin:16px auto;color:#222}"
      + "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 8px;font-size:14px}"
      + "img{max-width:100%}#scatter{border:1px solid #ccc;width:640px;height:640px;cursor:crosshair}"
      + "#legend span{display:inline-block;margin-right:8px;font-size:12px}#legend i{display:inline-block;width:10px;height:10px;margin-right:3px}"
      + "code{background:#f4f4f4;padding:0 3px}";

  /** Draws SAE_SCATTER with SaeScatter: colour by label, a legend, hover captions. */
  private static final String SCRIPT = "(function(){var d=SAE_SCATTER,c=document.getElementById('scatter'),s=new SaeScatter(c);"
      + "var xy=new Float32Array(d.xy),col=d.labels.map(function(k){return SaeScatter.classColour(k);});"
      + "s.setPoints(xy);s.setColours(col);s.draw();window.saeReport={scatter:s};"
      + "var lg=document.getElementById('legend');d.classNames.forEach(function(n,k){var e=document.createElement('span'),i=document.createElement('i');"
      + "i.style.background=SaeScatter.classColour(k);e.appendChild(i);e.appendChild(document.createTextNode(n));lg.appendChild(e);});"
      + "var cap=document.getElementById('hover-caption');s.onHover(function(i){if(i<0)return;var k=d.labels[i];"
      + "cap.textContent='test sample '+i+', label '+(k<0?'none':d.classNames[k]);cap.setAttribute('data-row',String(i));});})();";
}
