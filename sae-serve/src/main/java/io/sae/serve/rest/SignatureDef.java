package io.sae.serve.rest;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One signature a served model answers: its inputs and outputs (as {@code sae export} writes them, see
 * {@link Signatures}) and the inference that computes the outputs from the inputs.
 *
 * @param key the signature name ({@code serving_default}, {@code encode}, ...)
 * @param inputs input specs, in order
 * @param outputs output specs, in order
 * @param run maps the inputs by key to the outputs by key
 */
public record SignatureDef(String key, List<TensorSpec> inputs, List<TensorSpec> outputs,
    Function<Map<String, Tensor>, Map<String, Tensor>> run) {

  public SignatureDef {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /** The input named {@code name}, or null. */
  public TensorSpec input(String name) {
    return inputs.stream().filter(t -> t.key().equals(name)).findFirst().orElse(null);
  }
}
