package io.sae.tf.graph;

import io.sae.tf.spi.ModelEndpoints;
import io.sae.tf.spi.TransformBuilder;
import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.model.Activation;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.HeadSpec;
import io.sae.api.model.TransformSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The model part of a graph, built from an {@link ArchitectureSpec}: input placeholder, encoder body,
 * latent projection, optional transform or variational head, classifier head, and the decoder applied both
 * to the latent (training path) and to a latent placeholder (decode path). Loss terms and the optimizer are
 * added on top by the trainer; inference uses this part alone.
 *
 * <p>Op names of the endpoints are fixed ({@code x}, {@code z}, {@code z_in}, {@code x_hat}, {@code decoded},
 * {@code logits}, {@code probabilities}) so exported graphs have stable signatures. A label-conditioned architecture
 * adds {@code condition}, the one-hot label that joins the encoder input and every decoder input.
 */
public final class ModelGraph implements ModelEndpoints {
  private final ArchitectureSpec spec;
  private final Parameters params;
  private final Placeholder<TFloat32> input;
  private final Placeholder<TFloat32> condition;
  private final Operand<TFloat32> latent;
  private final Operand<TFloat32> latentMean;
  private final Operand<TFloat32> latentLogVar;
  private final Placeholder<TFloat32> noise;
  private final Operand<TFloat32> reconstructionLogits;
  private final Operand<TFloat32> reconstruction;
  private final Operand<TFloat32> meanReconstruction;
  private final Placeholder<TFloat32> latentInput;
  private final Operand<TFloat32> decoded;
  private final Operand<TFloat32> logits;
  private final Operand<TFloat32> probabilities;

  /**
   * @param transforms registered encoder-side transform builders, by kind
   * @throws InvalidInputException when the architecture asks for something that cannot be built
   */
  public ModelGraph(Ops tf, ArchitectureSpec spec, Parameters params, Map<String, TransformBuilder> transforms) {
    this.spec = spec;
    this.params = params;
    int d = spec.latentDim();
    int c = spec.conditionalClasses();
    boolean variational = spec.variational();
    if (variational && spec.encoderTransform().isPresent()) {
      throw new InvalidInputException("an encoder transform cannot be combined with a variational head");
    }
    Network network = Network.build(spec.network(), spec.inputShape(), c, spec.decoder() ? d + c : 0, params);
    input = tf.withName("x").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, spec.inputSize())));
    // label conditioning (CVAE): the one-hot label joins the encoder input and the decoder input
    condition = c > 0 ? tf.withName("condition").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, c))) : null;
    Operand<TFloat32> features = network.encode(tf, conditioned(tf, input));
    Operand<TFloat32> preLatent = new DenseLayer(params, "latent", network.featureSize(), d, Activation.LINEAR).linear(tf, features);

    if (variational) {
      latentMean = tf.withName("z_mean").identity(preLatent);
      latentLogVar =
          tf.withName("z_logvar").identity(new DenseLayer(params, "latent_logvar", network.featureSize(), d, Activation.LINEAR).linear(tf, features));
      noise = tf.withName("noise").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, d)));
      Operand<TFloat32> std = tf.math.exp(tf.math.mul(latentLogVar, tf.constant(0.5f)));
      latent = tf.withName("z_sample").identity(tf.math.add(latentMean, tf.math.mul(std, noise)));
    } else {
      Operand<TFloat32> z = preLatent;
      Optional<TransformSpec> transform = spec.encoderTransform();
      if (transform.isPresent()) {
        TransformBuilder builder = transforms.get(transform.get().kind());
        if (builder == null) {
          throw new InvalidInputException(
              "unknown encoder transform '" + transform.get().kind() + "' (registered: " + String.join(", ", transforms.keySet()) + ")");
        }
        z = builder.apply(tf, preLatent, transform.get(), d, params);
      }
      latent = tf.withName("z").identity(z);
      latentMean = latent;
      latentLogVar = null;
      noise = null;
    }

    Optional<HeadSpec.Classifier> head = spec.classifierHead();
    if (head.isPresent()) {
      Operand<TFloat32> h = latentMean;
      int in = d;
      List<Integer> hidden = new ArrayList<>(head.get().hidden());
      for (int i = 0; i < hidden.size(); i++) {
        h = new DenseLayer(params, "head/dense" + i, in, hidden.get(i), Activation.RELU).apply(tf, h);
        in = hidden.get(i);
      }
      logits = tf.withName("logits").identity(new DenseLayer(params, "head/logits", in, head.get().classes(), Activation.LINEAR).linear(tf, h));
      probabilities = tf.withName("probabilities").nn.softmax(logits);
    } else {
      logits = null;
      probabilities = null;
    }

    if (spec.decoder()) {
      reconstructionLogits = network.decodeLinear(tf, conditioned(tf, latent));
      reconstruction = tf.withName("x_hat").identity(Activations.apply(tf, network.outputActivation(), reconstructionLogits));
      meanReconstruction = variational
          ? tf.withName("x_hat_mean").identity(
              Activations.apply(tf, network.outputActivation(), network.decodeLinear(tf, conditioned(tf, latentMean))))
          : reconstruction;
      latentInput = tf.withName("z_in").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, d)));
      decoded = tf.withName("decoded").identity(
          Activations.apply(tf, network.outputActivation(), network.decodeLinear(tf, conditioned(tf, latentInput))));
    } else {
      reconstructionLogits = null;
      reconstruction = null;
      meanReconstruction = null;
      latentInput = null;
      decoded = null;
    }
  }

  /** {@code v} with the condition appended along the feature axis, or {@code v} itself for unconditioned models. */
  private Operand<TFloat32> conditioned(Ops tf, Operand<TFloat32> v) {
    return condition == null ? v : tf.concat(List.of(v, condition), tf.constant(1));
  }

  /**
   * The one-hot label input [batch, classes] of a label-conditioned architecture (CVAE), fed next to
   * {@link #input()} and {@link #latentInput()}; see {@link #conditionRows}.
   */
  public Optional<Placeholder<TFloat32>> condition() {
    return Optional.ofNullable(condition);
  }

  /**
   * The values to feed {@link #condition()} for samples of the given classes: one-hot rows.
   *
   * @throws InvalidInputException when a label is hidden or out of range
   */
  public static FloatMatrix conditionRows(int[] labels, int classes) {
    float[] v = new float[Math.multiplyExact(labels.length, classes)];
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classes) {
        throw new InvalidInputException("a label-conditioned model needs the class of every sample (0.." + (classes - 1)
            + "), sample " + i + " has " + (labels[i] < 0 ? "none" : String.valueOf(labels[i])));
      }
      v[i * classes + labels[i]] = 1f;
    }
    return new FloatMatrix(labels.length, classes, v);
  }

  @Override
  public ArchitectureSpec spec() {
    return spec;
  }

  public Parameters parameters() {
    return params;
  }

  /** Flat input samples [batch, D]. */
  @Override
  public Placeholder<TFloat32> input() {
    return input;
  }

  /** The latent used by the decoder and losses: sampled for variational models. */
  @Override
  public Operand<TFloat32> latent() {
    return latent;
  }

  /** The deterministic latent: the mean for variational models, else {@link #latent()}. */
  @Override
  public Operand<TFloat32> latentMean() {
    return latentMean;
  }

  @Override
  public Optional<Operand<TFloat32>> latentLogVar() {
    return Optional.ofNullable(latentLogVar);
  }

  /** Standard normal noise [batch, latent] fed by the trainer for variational models. */
  public Optional<Placeholder<TFloat32>> noise() {
    return Optional.ofNullable(noise);
  }

  @Override
  public Optional<Operand<TFloat32>> reconstructionLogits() {
    return Optional.ofNullable(reconstructionLogits);
  }

  /** Output activation of the decoder (so losses can use logits for sigmoid outputs). */
  @Override
  public Activation outputActivation() {
    return spec.network().outputActivation();
  }

  @Override
  public Optional<Operand<TFloat32>> reconstruction() {
    return Optional.ofNullable(reconstruction);
  }

  /** Reconstruction from the deterministic latent (inference). */
  public Optional<Operand<TFloat32>> meanReconstruction() {
    return Optional.ofNullable(meanReconstruction);
  }

  public Optional<Placeholder<TFloat32>> latentInput() {
    return Optional.ofNullable(latentInput);
  }

  public Optional<Operand<TFloat32>> decoded() {
    return Optional.ofNullable(decoded);
  }

  @Override
  public Optional<Operand<TFloat32>> logits() {
    return Optional.ofNullable(logits);
  }

  @Override
  public Optional<Operand<TFloat32>> probabilities() {
    return Optional.ofNullable(probabilities);
  }
}
