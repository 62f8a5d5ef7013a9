package io.sae.serve.rest;

import java.nio.charset.StandardCharsets;

/**
 * An HTTP answer: status, content type and body.
 *
 * @param status HTTP status
 * @param contentType MIME type
 * @param body the bytes
 */
public record Reply(int status, String contentType, byte[] body) {
  public static final String JSON = "application/json";

  /** TF Serving's error body, {@code {"error": "..."}}. */
  public static Reply error(ServingException e) {
    return error(e.status(), e.getMessage());
  }

  public static Reply error(int status, String message) {
    try {
      byte[] body = Json.MAPPER.writeValueAsBytes(java.util.Map.of("error", message));
      return new Reply(status, JSON, body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Reply json(byte[] body) {
    return new Reply(200, JSON, body);
  }

  public static Reply text(int status, String type, String text) {
    return new Reply(status, type, text.getBytes(StandardCharsets.UTF_8));
  }
}
