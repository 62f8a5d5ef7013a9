package io.sae.lab.export;

/**
 * An input or output of an exported signature.
 *
 * @param name the tensor's key in the signature (x, z, x_hat, classes, scores)
 * @param dataType its element type in TensorFlow's words without the {@code DT_} prefix, lower case (float, int64)
 * @param shape its shape as TensorFlow prints it, -1 for the batch dimension
 */
public record ExportedTensor(String name, String dataType, String shape) {
  /** {@code name type[shape]}, e.g. {@code x float[-1, 784]}. */
  public String describe() {
    return name + " " + dataType + shape;
  }
}
