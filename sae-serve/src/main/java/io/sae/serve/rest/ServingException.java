package io.sae.serve.rest;

/**
 * A request TF Serving would refuse, with the HTTP status TF Serving maps the error's status code to
 * ({@code http_server.cc}: INVALID_ARGUMENT and FAILED_PRECONDITION 400, NOT_FOUND 404, UNAVAILABLE 503,
 * INTERNAL 500). The body is {@code {"error": message}}.
 */
public final class ServingException extends RuntimeException {
  private final int status;

  public ServingException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** INVALID_ARGUMENT: malformed JSON, wrong shape, non-numeric values, unknown signature or input. */
  public static ServingException invalid(String message) {
    return new ServingException(400, message);
  }

  /** NOT_FOUND: no such model or version. */
  public static ServingException notFound(String message) {
    return new ServingException(404, message);
  }

  /** UNAVAILABLE: the queue is full or the server is stopping. */
  public static ServingException unavailable(String message) {
    return new ServingException(503, message);
  }

  public int status() { return status; }
}
