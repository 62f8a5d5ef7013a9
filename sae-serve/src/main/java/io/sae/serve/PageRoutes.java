package io.sae.serve;

import io.sae.serve.rest.Reply;
import java.io.IOException;
import java.util.Map;

/** Pages and their calls served beside the REST API (the explorer); each answers the paths under its prefix. */
public interface PageRoutes {

  /** The path prefix this answers, e.g. {@code /explore/}. */
  String prefix();

  /**
   * Answers one request.
   *
   * @param query the query parameters (first value of each)
   * @return the reply; a 404 reply for a path under the prefix that names nothing
   */
  Reply handle(String method, String path, Map<String, String> query, byte[] body) throws IOException;
}
