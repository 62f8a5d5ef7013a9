package io.sae.serve;

import java.util.List;

/** The page at {@code /}: what is served and where. */
final class Index {
  private Index() {}

  static String html(ModelSet models, List<PageRoutes> pages) {
    StringBuilder b = new StringBuilder("<!doctype html><meta charset=utf-8><title>sae serve</title><h1>sae serve</h1><ul>");
    for (String name : models.names()) {
      ServedModel m = models.get(name);
      String n = Html.escape(name);
      b.append("<li><b>").append(n).append("</b> version ").append(m.version()).append(" (").append(Html.escape(m.path().toString()))
          .append("): <a href=\"/v1/models/").append(n).append("/metadata\">metadata</a>");
      if (m.runDir().isPresent() && !pages.isEmpty()) {
        b.append(", <a href=\"/explore/").append(n).append("\">explore</a>");
      }
      b.append("</li>");
    }
    return b.append("</ul>").toString();
  }
}
