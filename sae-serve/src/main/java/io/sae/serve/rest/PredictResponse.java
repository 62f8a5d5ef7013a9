package io.sae.serve.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import io.sae.api.data.FloatMatrix;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a signature's outputs as TF Serving does: after a row-format request {@code {"predictions": [...]}} with
 * one entry per instance (the value itself when the signature has one output, else an object by output name);
 * after a columnar request {@code {"outputs": value}} (one output) or {@code {"outputs": {name: value, ...}}}.
 * Floats are written with the shortest decimal that reads back as the same float32, so no precision is lost.
 */
public final class PredictResponse {
  private PredictResponse() {}

  public static void write(JsonGenerator g, SignatureDef sig, boolean columnar, Map<String, Tensor> outputs) throws IOException {
    List<TensorSpec> specs = sig.outputs();
    g.writeStartObject();
    if (columnar) {
      g.writeFieldName("outputs");
      if (specs.size() == 1) {
        whole(g, outputs.get(specs.getFirst().key()));
      } else {
        g.writeStartObject();
        for (TensorSpec t : specs) {
          g.writeFieldName(t.key());
          whole(g, outputs.get(t.key()));
        }
        g.writeEndObject();
      }
    } else {
      g.writeFieldName("predictions");
      int n = outputs.get(specs.getFirst().key()).batch();
      g.writeStartArray();
      for (int i = 0; i < n; i++) {
        if (specs.size() == 1) {
          instance(g, outputs.get(specs.getFirst().key()), i);
        } else {
          g.writeStartObject();
          for (TensorSpec t : specs) {
            g.writeFieldName(t.key());
            instance(g, outputs.get(t.key()), i);
          }
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void whole(JsonGenerator g, Tensor t) throws IOException {
    g.writeStartArray();
    for (int i = 0; i < t.batch(); i++) {
      instance(g, t, i);
    }
    g.writeEndArray();
  }

  private static void instance(JsonGenerator g, Tensor t, int i) throws IOException {
    switch (t) {
      case Tensor.Int64s v -> g.writeNumber(v.value()[i]);
      case Tensor.Floats v -> {
        FloatMatrix m = v.value();
        g.writeStartArray();
        float[] data = m.data();
        for (int j = i * m.cols(), end = j + m.cols(); j < end; j++) {
          g.writeNumber(data[j]);
        }
        g.writeEndArray();
      }
    }
  }
}
