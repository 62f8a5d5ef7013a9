package io.sae.serve.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.sae.serve.ModelSet;
import io.sae.serve.ServedModel;
import io.sae.tf.export.ExportSignatures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TF Serving's REST API ({@code http_rest_api_handler.cc}) over a {@link ModelSet}:
 *
 * <pre>
 * POST /v1/models/NAME[/versions/V]:predict     body: {"signature_name": ..., "instances": [...]} or {"inputs": ...}
 * GET  /v1/models/NAME[/versions/V]             model version status
 * GET  /v1/models/NAME[/versions/V]/metadata    signature defs
 * </pre>
 *
 * Independent of the HTTP server: it turns a method, a path and a body into a {@link Reply}.
 */
public final class RestApi {
  private static final Pattern PREDICT = Pattern.compile("(?i)/v1/models/([^/:]+)(?:/versions/(\\d+))?:(classify|regress|predict)");
  private static final Pattern STATUS = Pattern.compile("(?i)/v1/models(?:/([^/:]+))?(?:/versions/(\\d+))?(/metadata)?");

  private final ModelSet models;

  public RestApi(ModelSet models) {
    this.models = models;
  }

  /** A request this API answers: which call, for which model and version. */
  public record Route(Kind kind, String model, OptionalLong version) {}

  /** The three calls. */
  public enum Kind { PREDICT, STATUS, METADATA }

  /** Whether {@code path} is under {@code /v1/} (TF Serving answers every such path, a malformed one with 400). */
  public static boolean owns(String path) {
    return path.regionMatches(true, 0, "/v1/", 0, 4) || path.equalsIgnoreCase("/v1");
  }

  /**
   * The route of a request under {@code /v1/}.
   *
   * @throws ServingException 400 for a path or method TF Serving does not answer, or a version that is no number
   */
  public static Route route(String method, String path) {
    Matcher p = PREDICT.matcher(path);
    if (method.equals("POST") && p.matches()) {
      if (!p.group(3).equalsIgnoreCase("predict")) {
        throw new ServingException(501, "the " + p.group(3) + " API needs tf.Example inputs, which sae models do not take: use :predict");
      }
      return new Route(Kind.PREDICT, p.group(1), version(p.group(2)));
    }
    Matcher s = STATUS.matcher(path);
    if (method.equals("GET") && s.matches()) {
      if (s.group(1) == null) {
        throw ServingException.invalid("Missing model name in request.");
      }
      return new Route(s.group(3) != null ? Kind.METADATA : Kind.STATUS, s.group(1), version(s.group(2)));
    }
    throw ServingException.invalid("Malformed request: " + method + " " + path);
  }

  private static OptionalLong version(String text) {
    if (text == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      throw ServingException.invalid("Failed to convert version: " + text + " to numeric.");
    }
  }

  /** The model a predict call names. @throws ServingException 404 when no such model or version is served */
  public ServedModel servable(Route r) {
    ServedModel m = models.get(r.model());
    if (m == null || (r.version().isPresent() && r.version().getAsLong() != m.version())) {
      String spec = r.version().isPresent() ? "Specific(" + r.model() + ", " + r.version().getAsLong() + ")" : "Latest(" + r.model() + ")";
      throw ServingException.notFound("Servable not found for request: " + spec);
    }
    return m;
  }

  /** Answers a status or metadata call (cheap: no inference). */
  public Reply describe(Route r) {
    ServedModel m = models.get(r.model());
    if (m == null) {
      throw ServingException.notFound("Could not find any versions of model " + r.model());
    }
    if (r.version().isPresent() && r.version().getAsLong() != m.version()) {
      throw ServingException.notFound("Could not find version " + r.version().getAsLong() + " of model " + r.model());
    }
    return Reply.json(r.kind() == Kind.STATUS ? status(m) : metadata(m));
  }

  /**
   * Runs a predict call: parses the body, runs the signature on the model and writes TF Serving's answer.
   *
   * @throws ServingException 400 for a malformed or mismatching body
   */
  public Reply predict(ServedModel m, byte[] body) {
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ServingException.invalid("JSON Parse error: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PredictRequest request = PredictRequest.parse(tree, m.signatures());
    Map<String, Tensor> outputs;
    try {
      outputs = request.signature().run().apply(request.inputs());
    } catch (IllegalStateException e) {
      // the model was closed under the request: a retrained model replaced it, or the server is stopping
      throw ServingException.unavailable("model " + m.name() + " is being replaced or unloaded; try again");
    }
    return Reply.json(write(g -> PredictResponse.write(g, request.signature(), request.columnar(), outputs)));
  }

  /** GetModelStatus as JSON: one served version, AVAILABLE. */
  private static byte[] status(ServedModel m) {
    return write(g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("model_version_status");
      g.writeStartObject();
      g.writeStringField("version", Long.toString(m.version()));
      g.writeStringField("state", "AVAILABLE");
      g.writeObjectFieldStart("status");
      g.writeStringField("error_code", "OK");
      g.writeStringField("error_message", "");
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** GetModelMetadata as JSON: the model spec and every signature def (TF Serving's nesting, sizes as strings). */
  private static byte[] metadata(ServedModel m) {
    return write(g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("model_spec");
      g.writeStringField("name", m.name());
      g.writeStringField("signature_name", "");
      g.writeStringField("version", Long.toString(m.version()));
      g.writeEndObject();
      g.writeObjectFieldStart("metadata");
      g.writeObjectFieldStart("signature_def");
      g.writeObjectFieldStart("signature_def");
      for (SignatureDef s : m.signatures().values().stream().sorted(java.util.Comparator.comparing(SignatureDef::key)).toList()) {
        g.writeObjectFieldStart(s.key());
        tensors(g, "inputs", s.inputs());
        tensors(g, "outputs", s.outputs());
        g.writeStringField("method_name", ExportSignatures.PREDICT);
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  private static void tensors(JsonGenerator g, String field, java.util.List<TensorSpec> specs) throws IOException {
    g.writeObjectFieldStart(field);
    for (TensorSpec t : specs) {
      g.writeObjectFieldStart(t.key());
      g.writeStringField("dtype", t.dtype());
      g.writeObjectFieldStart("tensor_shape");
      g.writeArrayFieldStart("dim");
      for (long d : t.dims()) {
        g.writeStartObject();
        g.writeStringField("size", Long.toString(d));
        g.writeStringField("name", "");
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeBooleanField("unknown_rank", false);
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** Something that writes JSON. */
  interface JsonWriter {
    void write(JsonGenerator g) throws IOException;
  }

  static byte[] write(JsonWriter w) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
      w.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
