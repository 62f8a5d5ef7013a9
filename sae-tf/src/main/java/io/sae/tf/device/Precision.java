package io.sae.tf.device;

import io.sae.api.InvalidInputException;
import java.util.Locale;

/** The arithmetic precision of a training step. */
public enum Precision {
  /** float32 everywhere: the default, and the only precision whose results the project's fixtures pin down. */
  FP32,
  /**
   * Grappler's oneDNN bfloat16 auto mixed precision ({@code auto_mixed_precision_onednn_bfloat16}): matrix products and
   * the element-wise ops between them in bfloat16, variables and the optimizer in float32. CPU only (AVX512_BF16
   * or AMX hardware); opt-in, since it measured no faster on this project's machine (docs/performance.md).
   */
  BF16;

  /** {@code fp32} or {@code bf16}, as the command line spells it. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws InvalidInputException for anything but {@code fp32} or {@code bf16} */
  public static Precision parse(String id) {
    for (Precision p : values()) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    throw new InvalidInputException("--precision must be fp32 or bf16, got '" + id + "'");
  }
}
