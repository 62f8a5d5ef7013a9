package io.sae.serve.explore;

import io.sae.serve.Html;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The explorer's page: one HTML document with its script and style inlined (no CDN, nothing fetched but the
 * server's own calls). The scatter plot is sae-eval's {@code scatter.js}, the same one {@code report.html} embeds.
 */
public final class ExplorerPage {
  private ExplorerPage() {}

  /** The page for model {@code name}. */
  public static String live(String name) {
    return resource("/io/sae/serve/explore/explorer.html")
        .replace("__NAME__", Html.escape(name))
        .replace("/*STYLE*/", resource("/io/sae/serve/explore/explorer.css"))
        .replace("/*SCATTER_JS*/", resource("/io/sae/eval/report/scatter.js"))
        .replace("/*EXPLORER_JS*/", resource("/io/sae/serve/explore/explorer.js"));
  }

  static String resource(String path) {
    try (InputStream in = ExplorerPage.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
