package io.sae.eval.projection;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.eval.internal.Checks;
import smile.manifold.TSNE;
import smile.math.MathEx;

/**
 * A 2-D t-SNE embedding (Smile's exact-gradient t-SNE, O(n^2) memory: meant for a few thousand points) for
 * looking at a latent space. Seeded: Smile draws its initial layout from {@link MathEx}'s per-thread generator,
 * which is seeded here right before the fit.
 *
 * @param perplexity effective number of neighbours (5-50 is usual)
 * @param iterations gradient steps
 * @param seed seed of the initial layout
 */
public record Tsne(double perplexity, int iterations, long seed) {
  /** Most points one embedding takes (the pairwise affinities are dense). */
  public static final int MAX_POINTS = 5000;

  public Tsne {
    if (!(perplexity >= 2) || iterations < 250) {
      throw new InvalidInputException("t-SNE needs perplexity >= 2 and at least 250 iterations, got " + perplexity + ", " + iterations);
    }
  }

  /** Perplexity 30, 1000 iterations. */
  public static Tsne defaults(long seed) {
    return new Tsne(30, 1000, seed);
  }

  /** The 2-D coordinates of the rows of {@code x}. */
  public FloatMatrix embed(FloatMatrix x) {
    Checks.finite("t-SNE input", x);
    if (x.rows() > MAX_POINTS || x.rows() <= 3 * perplexity) {
      throw new InvalidInputException("t-SNE takes more than 3 x perplexity (" + (int) (3 * perplexity) + ") and at most " + MAX_POINTS
          + " points, got " + x.rows());
    }
    TSNE fit;
    synchronized (Tsne.class) {
      MathEx.setSeed(seed);
      fit = TSNE.fit(x.toDoubleRows(), new TSNE.Options(2, perplexity, 200, 12, iterations));
    }
    double[][] c = fit.coordinates();
    float[] out = new float[c.length * 2];
    for (int i = 0; i < c.length; i++) {
      out[2 * i] = (float) c[i][0];
      out[2 * i + 1] = (float) c[i][1];
    }
    return new FloatMatrix(c.length, 2, out);
  }
}
