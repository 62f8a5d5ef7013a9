package io.sae.lab.experiment.rudolph;

import io.sae.eval.report.MarkdownReport;
import io.sae.eval.report.MetricsJson;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code rudolph.md} and {@code results.json}: one heading, table and images per part, and the same numbers as JSON. */
final class RudolphReport {
  private RudolphReport() {}

  static void write(RudolphOptions o, String arguments, List<Section> sections, int runs, double trainingMinutes) throws IOException {
    MarkdownReport r = new MarkdownReport().heading(1, "Paper 001 (Rudolph et al.): measured with sae");
    r.paragraph(String.format(Locale.ROOT, "Made by `sae experiment rudolph %s`: %d runs, %.0f minutes of training in all on this machine"
        + " (2 CPU cores). Every number below comes from a run folder under runs/; commands.txt lists the commands that made them.",
        arguments, runs, trainingMinutes));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("epochs", o.epochs());
    json.put("limit", RudolphOptions.limitText(o.limit()));
    json.put("seed", o.seed());
    json.put("weighting", o.weighting());
    json.put("runs", runs);
    json.put("training_minutes", trainingMinutes);
    for (Section s : sections) {
      r.heading(2, s.title());
      s.notes().forEach(r::paragraph);
      if (!s.rows().isEmpty()) {
        r.table(s.header(), s.rows());
      }
      s.images().forEach(png -> r.image(png, png));
      json.put(s.title(), s.json());
    }
    MetricsJson.write(o.results(), json);
    r.write(o.report());
  }
}
