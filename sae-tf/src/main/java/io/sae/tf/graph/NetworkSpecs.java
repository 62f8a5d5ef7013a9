package io.sae.tf.graph;

import io.sae.api.model.Activation;
import io.sae.api.model.NetworkSpec;

import io.sae.api.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The papers' architectures by name, and a small text form for custom ones.
 *
 * <ul>
 *   <li>{@code conv}: 3x3 convolutions with 8, 16, 32 filters, ReLU, 2x2 pooling; sigmoid output (paper 001,
 *       MNIST and Fashion-MNIST);
 *   <li>{@code dense}: one sigmoid hidden layer of 512 (D-512-d); sigmoid output;
 *   <li>{@code dense-linear}: the same D-512-d with a linear output, paper 002's clustering autoencoder
 *       ("sigmoid non-linearities and a symmetrical decoder with a linear final layer", Section 5.3.1);
 *   <li>{@code dec}: ReLU hidden layers 500, 500, 2000 and a linear output, the deeper D-500-500-2000-d
 *       autoencoder of DEC (Xie et al. 2016) that deep-clustering papers compare with;
 *   <li>{@code dense-2048}: ReLU hidden layers 2048 and 256 (paper 001, vector data); linear output.
 * </ul>
 *
 * Custom: {@code dense:H1,H2,...[:activation[:output]]} or {@code conv:F1,F2,...[:kernel[:activation[:output]]]}.
 */
public final class NetworkSpecs {
  private static final Map<String, NetworkSpec> PRESETS = new LinkedHashMap<>();

  static {
    PRESETS.put("conv", new NetworkSpec.Conv(List.of(8, 16, 32), 3, Activation.RELU, Activation.SIGMOID));
    PRESETS.put("dense", new NetworkSpec.Dense(List.of(512), Activation.SIGMOID, Activation.SIGMOID));
    PRESETS.put("dense-linear", new NetworkSpec.Dense(List.of(512), Activation.SIGMOID, Activation.LINEAR));
    PRESETS.put("dec", new NetworkSpec.Dense(List.of(500, 500, 2000), Activation.RELU, Activation.LINEAR));
    PRESETS.put("dense-2048", new NetworkSpec.Dense(List.of(2048, 256), Activation.RELU, Activation.LINEAR));
  }

  private NetworkSpecs() {}

  /** Preset names with their specs, in a stable order. */
  public static Map<String, NetworkSpec> presets() {
    return java.util.Collections.unmodifiableMap(PRESETS);
  }

  /** Names of the presets in documentation order. */
  public static List<String> presetNames() {
    return List.copyOf(PRESETS.keySet());
  }

  /**
   * A preset name or a custom spec.
   *
   * @throws InvalidInputException naming the spec and the expected form
   */
  public static NetworkSpec parse(String text) {
    NetworkSpec preset = PRESETS.get(text);
    if (preset != null) {
      return preset;
    }
    String[] parts = text.split(":", -1);
    try {
      switch (parts[0]) {
        case "dense" -> {
          if (parts.length < 2 || parts.length > 4) {
            break;
          }
          return new NetworkSpec.Dense(
              sizes(parts[1], text),
              parts.length > 2 ? Activation.parse(parts[2]) : Activation.RELU,
              parts.length > 3 ? Activation.parse(parts[3]) : Activation.SIGMOID);
        }
        case "conv" -> {
          if (parts.length < 2 || parts.length > 5) {
            break;
          }
          int kernel = parts.length > 2 ? Integer.parseInt(parts[2]) : 3;
          if (kernel < 1 || kernel > 15) {
            throw new InvalidInputException("architecture '" + text + "': kernel must be in 1..15, got " + kernel);
          }
          return new NetworkSpec.Conv(
              sizes(parts[1], text),
              kernel,
              parts.length > 3 ? Activation.parse(parts[3]) : Activation.RELU,
              parts.length > 4 ? Activation.parse(parts[4]) : Activation.SIGMOID);
        }
        default -> {}
      }
    } catch (NumberFormatException e) {
      throw new InvalidInputException("architecture '" + text + "': " + e.getMessage() + " is not a whole number");
    }
    throw new InvalidInputException(
        "unknown architecture '" + text + "' (presets: " + String.join(", ", PRESETS.keySet())
            + "; custom: dense:H1,H2[:act[:out]] or conv:F1,F2[:kernel[:act[:out]]])");
  }

  private static List<Integer> sizes(String csv, String whole) {
    List<Integer> out = new ArrayList<>();
    for (String s : csv.split(",")) {
      int v = Integer.parseInt(s.trim());
      if (v < 1) {
        throw new InvalidInputException("architecture '" + whole + "': layer sizes must be positive, got " + v);
      }
      out.add(v);
    }
    return out;
  }
}
