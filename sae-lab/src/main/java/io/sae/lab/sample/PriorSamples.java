package io.sae.lab.sample;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ComponentPrior;
import io.sae.api.method.MethodOptions;
import io.sae.api.method.PlanRequest;
import io.sae.api.method.StructuringMethod;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.run.OpenRun;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws samples from a trained variational run's prior and decodes them: from one component N(m_j, I) of a
 * {@link ComponentPrior} method (a class of {@code lambda-hot-vae}, a cluster of {@code kmeans-vae}), from
 * N(0, I) with the class as the decoder's condition ({@code cvae}), or from N(0, I) (the plain VAEs).
 */
public final class PriorSamples {
  /** What the samples are drawn from. */
  public enum Select {
    /** One row per class: the class's prior component, or the class as the decoder's condition ({@code cvae}). */
    CLASS,
    /** One row per k-means cluster of the prior ({@code kmeans-vae}). */
    CLUSTER,
    /** The standard normal N(0, I). */
    NONE
  }

  private final OpenRun run;
  private final StructuringMethod method;
  private final FloatMatrix componentMeans; // null when the method has no component prior
  private final ComponentPrior.Selector selector;

  /**
   * The prior of {@code run}'s method; a {@link ComponentPrior} method's component means are read from the run's last checkpoint.
   *
   * @throws InvalidInputException when the run is not a variational autoencoder with a decoder
   */
  public PriorSamples(OpenRun run, SaeRuntime services) throws IOException {
    this.run = run;
    if (!run.plan().architecture().variational() || !run.model().info().hasDecoder()) {
      throw new InvalidInputException("method " + run.config().method() + " is not a variational autoencoder with a decoder: "
          + "it has no prior to sample from (sample works for vae, beta-vae, cvae, lambda-hot-vae, kmeans-vae)");
    }
    this.method = services.method(run.config().method());
    if (method instanceof ComponentPrior cp) {
      var c = run.config();
      PlanRequest request = new PlanRequest(new MethodOptions(method.name(), method.options(), c.options()), c.facts(),
          NetworkSpecs.parse(c.architecture()), c.latent(), c.seed());
      componentMeans = cp.componentMeans(request, run.dir().checkpoints().latestHookDir());
      selector = cp.selector();
    } else {
      componentMeans = null;
      selector = null;
    }
  }

  /** What {@code sae sample} draws when given neither --class nor --cluster: every class or cluster, or the plain prior. */
  public Select natural() {
    if (selector == ComponentPrior.Selector.CLASS || run.model().conditional()) {
      return Select.CLASS;
    }
    return selector == ComponentPrior.Selector.CLUSTER ? Select.CLUSTER : Select.NONE;
  }

  /** Number of classes or clusters selectable with {@code select}. */
  public int components(Select select) {
    return switch (select) {
      case CLASS -> run.model().conditional() ? run.plan().architecture().conditionalClasses() : checkedMeans(select).rows();
      case CLUSTER -> checkedMeans(select).rows();
      case NONE -> 1;
    };
  }

  /**
   * {@code count} decoded samples of component {@code index} (a class or a cluster; ignored for {@link Select#NONE}),
   * with standard normal noise drawn from {@code seed}.
   */
  public FloatMatrix draw(Select select, int index, int count, long seed) {
    int d = run.config().latent();
    if (index < 0 || index >= components(select)) {
      throw new InvalidInputException(select.name().toLowerCase(java.util.Locale.ROOT) + " " + index + " is out of range 0.."
          + (components(select) - 1));
    }
    float[] z = standardNormal(count * d, new SplittableRandom(seed));
    if (select == Select.CLASS && run.model().conditional()) {
      int[] labels = new int[count];
      java.util.Arrays.fill(labels, index);
      return run.model().decode(new FloatMatrix(count, d, z), labels);
    }
    if (select != Select.NONE) {
      FloatMatrix means = checkedMeans(select);
      for (int i = 0; i < count; i++) {
        for (int j = 0; j < d; j++) {
          z[i * d + j] += means.get(index, j);
        }
      }
    }
    return run.model().decode(new FloatMatrix(count, d, z));
  }

  /** One row of {@code count} samples per class or cluster (or one row from the plain prior), seeds derived per row. */
  public List<FloatMatrix> drawAll(Select select, int count, long seed) {
    List<FloatMatrix> rows = new ArrayList<>();
    for (int k = 0; k < components(select); k++) {
      rows.add(draw(select, k, count, seed + 1_000_003L * k));
    }
    return rows;
  }

  private FloatMatrix checkedMeans(Select select) {
    String m = run.config().method();
    if (select == Select.CLASS && selector != ComponentPrior.Selector.CLASS) {
      throw new InvalidInputException("--class needs a label-conditioned method (lambda-hot-vae, cvae); run " + run.dir().path()
          + " is " + m + (selector == ComponentPrior.Selector.CLUSTER ? " (use --cluster)" : ""));
    }
    if (select == Select.CLUSTER && selector != ComponentPrior.Selector.CLUSTER) {
      throw new InvalidInputException("--cluster needs a method with cluster priors (kmeans-vae); run " + run.dir().path() + " is " + m
          + (selector == ComponentPrior.Selector.CLASS || run.model().conditional() ? " (use --class)" : ""));
    }
    return componentMeans;
  }

  static float[] standardNormal(int count, SplittableRandom r) {
    float[] eps = new float[count];
    for (int i = 0; i < count; i += 2) {
      double u = 1 - r.nextDouble(); // in (0, 1]: log(u) is finite
      double v = r.nextDouble();
      double radius = Math.sqrt(-2 * Math.log(u));
      eps[i] = (float) (radius * Math.cos(2 * Math.PI * v));
      if (i + 1 < count) {
        eps[i + 1] = (float) (radius * Math.sin(2 * Math.PI * v));
      }
    }
    return eps;
  }
}
