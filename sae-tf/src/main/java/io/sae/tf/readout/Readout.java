package io.sae.tf.readout;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.LatentClassifierSpec;
import io.sae.api.model.ArchitectureSpec;
import java.util.Optional;

/**
 * A latent classifier in a form that can be written as graph ops, so that in-process inference and a
 * SavedModel classify with the same arithmetic. Each gives per-class scores; the class is their argmax.
 */
public sealed interface Readout permits Readout.SoftmaxHead, Readout.NearestCentre, Readout.ArgmaxFirstK, Readout.Linear {

  /** Number of classes (score columns). */
  int classes();

  /** One line for people: what the scores are. */
  String describe();

  /** A stable name of the kind of readout, recorded in exports. */
  String kind();

  /** The model's softmax head; scores are its probabilities. */
  record SoftmaxHead(int classes) implements Readout {
    public static final String KIND = "softmax-head";

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public String describe() {
      return "softmax head (scores: class probabilities)";
    }
  }

  /** The nearest of fixed centres (one row per class); scores are negative squared distances. */
  record NearestCentre(FloatMatrix centres) implements Readout {
    public static final String KIND = "nearest-centre";

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public int classes() {
      return centres.rows();
    }

    @Override
    public String describe() {
      return "nearest of " + centres.rows() + " configured centres (scores: negative squared distances)";
    }
  }

  /** The largest of the first k latent dimensions; scores are those dimensions. */
  record ArgmaxFirstK(int k) implements Readout {
    public static final String KIND = "argmax-first-k";

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public int classes() {
      return k;
    }

    @Override
    public String describe() {
      return "argmax of the first " + k + " latent dimensions (scores: those dimensions)";
    }
  }

  /**
   * A linear classifier on standardised latents, e.g. one-vs-rest linear SVMs: scores are
   * {@code ((z - mean) / scale) W^T + bias}.
   *
   * @param mean per latent dimension, subtracted first
   * @param scale per latent dimension, divided by next (positive)
   * @param weights one row per class, one column per latent dimension
   * @param bias one per class
   * @param description what was fitted, for people (e.g. {@code linear SVM, C=1.0, 5400 labelled latents})
   */
  record Linear(float[] mean, float[] scale, FloatMatrix weights, float[] bias, String description) implements Readout {
    public static final String KIND = "linear";

    @Override
    public String kind() {
      return KIND;
    }

    public Linear {
      if (mean.length != scale.length || weights.cols() != mean.length || weights.rows() != bias.length) {
        throw new IllegalArgumentException("linear readout: mean " + mean.length + ", scale " + scale.length + ", weights "
            + weights.rows() + "x" + weights.cols() + ", bias " + bias.length + " do not fit together");
      }
      mean = mean.clone();
      scale = scale.clone();
      bias = bias.clone();
    }

    @Override
    public int classes() {
      return bias.length;
    }

    @Override
    public String describe() {
      return description + " (scores: decision values)";
    }

    @Override
    public float[] mean() {
      return mean.clone();
    }

    @Override
    public float[] scale() {
      return scale.clone();
    }

    @Override
    public float[] bias() {
      return bias.clone();
    }
  }

  /**
   * The readout of a method's latent classifier when it needs no fitting (softmax head, configured centres,
   * argmax of the first K); empty for classifiers fitted on data (linear SVM, cluster majority).
   *
   * @throws InvalidInputException when the classifier does not fit the architecture
   */
  static Optional<Readout> unfitted(LatentClassifierSpec spec, ArchitectureSpec architecture) {
    int d = architecture.latentDim();
    return switch (spec) {
      case LatentClassifierSpec.SoftmaxHead s -> Optional.of(new SoftmaxHead(architecture.classifierHead()
          .orElseThrow(() -> new InvalidInputException("the method reads its latents with a softmax head, but the architecture has none"))
          .classes()));
      case LatentClassifierSpec.NearestCentre s -> {
        if (s.centres().cols() != d) {
          throw new InvalidInputException("nearest-centre classifier: centres have " + s.centres().cols() + " values, the latent " + d);
        }
        yield Optional.of(new NearestCentre(s.centres()));
      }
      case LatentClassifierSpec.ArgmaxFirstK s -> {
        if (s.k() < 2 || s.k() > d) {
          throw new InvalidInputException("argmax of the first " + s.k() + " latent dimensions needs 2 <= k <= " + d);
        }
        yield Optional.of(new ArgmaxFirstK(s.k()));
      }
      case LatentClassifierSpec.LinearSvm s -> Optional.empty();
      case LatentClassifierSpec.ClusterMajority s -> Optional.empty();
    };
  }
}
