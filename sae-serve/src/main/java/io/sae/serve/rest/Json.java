package io.sae.serve.rest;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson mapper of the server (thread-safe once configured). */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}
}
