package io.sae.eval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {
  @TempDir Path dir;

  @Test
  void rendersBlocksInOrder() {
    String md = new MarkdownReport()
        .heading(1, "Run mnist-sae")
        .paragraph("Latent SVM on *all* training codes.\n")
        .heading(2, "Accuracy")
        .table(List.of("split", "accuracy", "rows"),
            List.of(List.of("train", 0.98765, 60000), Arrays.asList("test", Double.NaN, 10000)))
        .bullets(List.of("one", "two"))
        .image("latent space", "latent pca.png")
        .render();
    assertThat(md).isEqualTo("""
        # Run mnist-sae

        Latent SVM on *all* training codes.

        ## Accuracy

        | split | accuracy | rows |
        |---|---|---|
        | train | 0.9877 | 60000 |
        | test | n/a | 10000 |

        - one
        - two

        ![latent space](<latent pca.png>)
        """);
  }

  @Test
  void escapesCellsThatWouldBreakTheTable() {
    assertThat(MarkdownReport.cell("a|b\nc")).isEqualTo("a\\|b c");
    assertThat(MarkdownReport.cell(null)).isEqualTo("null");
    assertThat(MarkdownReport.cell(0.5f)).isEqualTo("0.5000");
    assertThat(MarkdownReport.cell(3)).isEqualTo("3");
  }

  @Test
  void rejectsMalformedTablesAndHeadings() {
    MarkdownReport r = new MarkdownReport();
    assertThatThrownBy(() -> r.table(List.of("a", "b"), List.of(List.of(1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0 has 1 cells");
    assertThatThrownBy(() -> r.heading(7, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(r.render()).isEmpty();
  }

  @Test
  void writesReportMd() throws Exception {
    Path file = dir.resolve("run").resolve(MarkdownReport.FILE_NAME);
    new MarkdownReport().heading(1, "Report").write(file);
    assertThat(Files.readString(file)).isEqualTo("# Report\n");
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }
}
