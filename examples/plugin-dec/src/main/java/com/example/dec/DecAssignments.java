package com.example.dec;

import io.sae.api.data.FloatMatrix;

/**
 * DEC's own readout: each latent's cluster is argmax_j q_ij, which is its nearest centre, since the Student's t kernel
 * falls with the distance for every alpha > 0 (so the assignment needs neither alpha nor the normalisation). Used by
 * the hook and by the readout {@link DecReadout}.
 */
public final class DecAssignments {
  private DecAssignments() {}

  /**
   * For each row of {@code latents} [n, d], the index of the nearest row of {@code centres} [k, d] (squared Euclidean
   * distance; the first of equally near centres).
   */
  public static int[] assign(FloatMatrix latents, FloatMatrix centres) {
    if (latents.cols() != centres.cols()) {
      throw new IllegalArgumentException("latents have " + latents.cols() + " values, centres " + centres.cols());
    }
    int d = latents.cols();
    int[] out = new int[latents.rows()];
    for (int i = 0; i < out.length; i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int j = 0; j < centres.rows(); j++) {
        double d2 = 0;
        for (int c = 0; c < d; c++) {
          double diff = latents.data()[i * d + c] - centres.data()[j * d + c];
          d2 += diff * diff;
        }
        if (d2 < best) {
          best = d2;
          out[i] = j;
        }
      }
    }
    return out;
  }
}
