package io.sae.serve;

/** HTML escaping for text put into pages. */
public final class Html {
  private Html() {}

  public static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
