package io.sae.serve.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.sae.api.data.FloatMatrix;
import io.sae.tf.export.ExportSignatures;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed {@code :predict} body in TF Serving's REST form: {@code signature_name} (default
 * {@code serving_default}) and either the row format {@code instances} (a list with one entry per instance; with
 * a single input the entry is the row itself or {@code {"x": row}}, else an object naming every input) or the
 * columnar format {@code inputs} (with a single input the list of rows itself or {@code {"x": rows}}, else an
 * object naming every input). The answer uses the same format: {@code predictions} or {@code outputs}.
 *
 * @param signature the signature asked for
 * @param columnar whether the request used {@code inputs} (so the answer is {@code outputs})
 * @param inputs the input values by key, all with the same batch size
 */
public record PredictRequest(SignatureDef signature, boolean columnar, Map<String, Tensor> inputs) {

  /**
   * Parses and checks {@code body} against the model's signatures.
   *
   * @throws ServingException (400) for an unknown signature, a missing or unknown input, a value that is not a
   *     number, a row of the wrong length, or instances with different batch sizes
   */
  public static PredictRequest parse(JsonNode body, Map<String, SignatureDef> signatures) {
    if (body == null || !body.isObject()) {
      throw ServingException.invalid("JSON Parse error: the request body must be a JSON object");
    }
    JsonNode name = body.get("signature_name");
    String key = ExportSignatures.SERVING_DEFAULT;
    if (name != null && !name.isNull()) {
      if (!name.isTextual()) {
        throw ServingException.invalid("'signature_name' key must be a string value.");
      }
      key = name.asText().isEmpty() ? key : name.asText();
    }
    SignatureDef sig = signatures.get(key);
    if (sig == null) {
      throw ServingException.invalid("Serving signature name: \"" + key + "\" not found in signature def");
    }
    boolean rows = body.has("instances");
    boolean cols = body.has("inputs");
    if (rows == cols) {
      throw ServingException.invalid(rows
          ? "Not formatted correctly expecting only one of 'inputs' or 'instances' keys exist."
          : "Missing 'inputs' or 'instances' key");
    }
    Map<String, Tensor> inputs = rows ? instances(body.get("instances"), sig) : columns(body.get("inputs"), sig);
    return new PredictRequest(sig, cols, inputs);
  }

  /** The row format: one entry per instance. */
  private static Map<String, Tensor> instances(JsonNode list, SignatureDef sig) {
    if (!list.isArray() || list.isEmpty()) {
      throw ServingException.invalid("'instances' must be a non-empty list, got " + brief(list));
    }
    int n = list.size();
    Map<String, float[]> values = new LinkedHashMap<>();
    for (TensorSpec t : sig.inputs()) {
      values.put(t.key(), new float[Math.multiplyExact(n, t.width())]);
    }
    for (int i = 0; i < n; i++) {
      JsonNode instance = list.get(i);
      String where = "instances[" + i + "]";
      if (instance.isObject()) {
        checkKeys(instance, sig, where);
        for (TensorSpec t : sig.inputs()) {
          row(instance.get(t.key()), t, values.get(t.key()), i, where + "." + t.key());
        }
      } else if (sig.inputs().size() == 1) {
        TensorSpec t = sig.inputs().getFirst();
        row(instance, t, values.get(t.key()), i, where);
      } else {
        throw ServingException.invalid(where + ": expected an object naming each input of signature " + sig.key());
      }
    }
    Map<String, Tensor> out = new LinkedHashMap<>();
    for (TensorSpec t : sig.inputs()) {
      out.put(t.key(), new Tensor.Floats(new FloatMatrix(n, t.width(), values.get(t.key()))));
    }
    return out;
  }

  /** The columnar format: each input's rows as one list. */
  private static Map<String, Tensor> columns(JsonNode inputs, SignatureDef sig) {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    if (inputs.isObject()) {
      checkKeys(inputs, sig, "inputs");
      for (TensorSpec t : sig.inputs()) {
        byKey.put(t.key(), inputs.get(t.key()));
      }
    } else if (sig.inputs().size() == 1) {
      byKey.put(sig.inputs().getFirst().key(), inputs);
    } else {
      throw ServingException.invalid("'inputs' must be an object naming each input of signature " + sig.key());
    }
    Map<String, Tensor> out = new LinkedHashMap<>();
    int batch = -1;
    for (TensorSpec t : sig.inputs()) {
      JsonNode list = byKey.get(t.key());
      String where = "inputs." + t.key();
      if (!list.isArray() || list.isEmpty()) {
        throw ServingException.invalid(where + ": expected a non-empty list of rows of shape " + t.shape() + ", got " + brief(list));
      }
      if (batch >= 0 && list.size() != batch) {
        throw ServingException.invalid("Input tensors must have the same batch size: " + batch + " and " + list.size() + " (" + t.key() + ")");
      }
      batch = list.size();
      float[] v = new float[Math.multiplyExact(batch, t.width())];
      for (int i = 0; i < batch; i++) {
        row(list.get(i), t, v, i, where + "[" + i + "]");
      }
      out.put(t.key(), new Tensor.Floats(new FloatMatrix(batch, t.width(), v)));
    }
    return out;
  }

  private static void checkKeys(JsonNode object, SignatureDef sig, String where) {
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (sig.input(k) == null) {
        throw ServingException.invalid(where + ": input '" + k + "' is not an input of signature " + sig.key() + " (inputs: "
            + String.join(", ", sig.inputs().stream().map(TensorSpec::key).toList()) + ")");
      }
    }
    for (TensorSpec t : sig.inputs()) {
      if (!object.has(t.key())) {
        throw ServingException.invalid(where + ": missing input '" + t.key() + "' of signature " + sig.key());
      }
    }
  }

  /** Copies one instance's values into row {@code i} of {@code into}, checking the length and that each is a number. */
  private static void row(JsonNode row, TensorSpec t, float[] into, int i, String where) {
    int w = t.width();
    if (!row.isArray() || row.size() != w) {
      throw ServingException.invalid(where + ": input '" + t.key() + "' has shape " + t.shape() + ": expected " + w
          + " values per instance, got " + (row.isArray() ? row.size() + " values" : brief(row)));
    }
    for (int j = 0; j < w; j++) {
      JsonNode v = row.get(j);
      if (!v.isNumber()) {
        throw ServingException.invalid("JSON Value: " + brief(v) + " Type: " + typeName(v) + " is not of expected type: float ("
            + where + "[" + j + "])");
      }
      float f = v.floatValue();
      if (!Float.isFinite(f)) {
        throw ServingException.invalid("JSON Value: " + brief(v) + " is out of the float range (" + where + "[" + j + "])");
      }
      into[i * w + j] = f;
    }
  }

  /** A JSON type as TF Serving names it ("String", "Object", ...). */
  private static String typeName(JsonNode v) {
    String t = v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  private static String brief(JsonNode v) {
    String s = v.toString();
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
