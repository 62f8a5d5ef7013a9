package io.sae.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.FloatMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  @TempDir Path dir;

  @Test
  void theMarkdownBlocksBecomeHtmlAndThePageNeedsNothingFromOutside() throws Exception {
    // a 1x1 PNG the report names: it must be embedded, not linked
    byte[] png = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    Files.write(dir.resolve("latents-pca.png"), png);
    String md = new MarkdownReport().heading(1, "Evaluation of run <x>").paragraph("Method `ae`, **10** epochs")
        .bullets(List.of("one", "two")).table(List.of("metric", "value"), List.of(List.of("a|b", 0.5)))
        .image("test latents", "latents-pca.png").render();
    FloatMatrix xy = new FloatMatrix(3, 2, new float[] {0, 0, 1, 1, 2, 0.5f});
    String html = HtmlReport.render(md, dir, new HtmlReport.Scatter(xy, new int[] {0, 1, -1}, List.of("zero", "one"), "ae: PCA"));
    assertThat(html).contains("<h1>Evaluation of run &lt;x&gt;</h1>", "<p>Method <code>ae</code>, <b>10</b> epochs</p>",
        "<ul><li>one</li><li>two</li></ul>", "<tr><th>metric</th><th>value</th></tr><tr><td>a|b</td><td>0.5000</td></tr>",
        "src=\"data:image/png;base64,", "var SAE_SCATTER = {\"xy\":[0.0000,0.0000,1.0000,1.0000,2.0000,0.50000],\"labels\":[0,1,-1],\"classNames\":[\"zero\",\"one\"]}",
        "window.SaeScatter = SaeScatter");
    assertThat(html).doesNotContain("src=\"http", "href=\"http", "latents-pca.png\"");
  }
}
