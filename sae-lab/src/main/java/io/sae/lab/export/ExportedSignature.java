package io.sae.lab.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A signature written into the SavedModel.
 *
 * @param key the signature's name (serving_default, encode, decode, reconstruct, classify)
 * @param inputs its inputs
 * @param outputs its outputs
 */
public record ExportedSignature(String key, List<ExportedTensor> inputs, List<ExportedTensor> outputs) {
  /** Keeps unmodifiable copies of the tensor lists. */
  public ExportedSignature {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /** The inputs, described and comma-separated. */
  public String describeInputs() {
    return inputs.stream().map(ExportedTensor::describe).collect(Collectors.joining(", "));
  }

  /** The outputs, described and comma-separated. */
  public String describeOutputs() {
    return outputs.stream().map(ExportedTensor::describe).collect(Collectors.joining(", "));
  }
}
