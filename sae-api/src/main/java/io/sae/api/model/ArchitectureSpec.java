package io.sae.api.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Everything needed to build a model's graph: the body, the input shape, the latent size, whether a decoder
 * is built, extra heads, an optional encoder-side transform and optional label conditioning.
 *
 * @param network encoder body (the decoder mirrors it)
 * @param inputShape shape of one sample, e.g. {@code [28, 28, 1]} or {@code [784]}
 * @param latentDim size of the latent code z
 * @param decoder whether to build the decoder (reconstruction)
 * @param heads extra heads on the latent
 * @param encoderTransform transform between encoder body and latent, if any
 * @param conditionalClasses when positive, a one-hot label of this many classes is concatenated to the
 *     encoder input and to the latent before decoding (conditional autoencoders); 0 for none
 */
public record ArchitectureSpec(
    NetworkSpec network,
    int[] inputShape,
    int latentDim,
    boolean decoder,
    List<HeadSpec> heads,
    Optional<TransformSpec> encoderTransform,
    int conditionalClasses) {

  public ArchitectureSpec {
    inputShape = inputShape.clone();
    heads = List.copyOf(heads);
    if (latentDim < 1) throw new IllegalArgumentException("latent dimension must be positive, got " + latentDim);
  }

  /** A plain autoencoder body: decoder, no heads, no transform, no conditioning. */
  public static ArchitectureSpec autoencoder(NetworkSpec network, int[] inputShape, int latentDim) {
    return new ArchitectureSpec(network, inputShape, latentDim, true, List.of(), Optional.empty(), 0);
  }

  public ArchitectureSpec withDecoder(boolean on) {
    return new ArchitectureSpec(network, inputShape, latentDim, on, heads, encoderTransform, conditionalClasses);
  }

  public ArchitectureSpec withHead(HeadSpec head) {
    List<HeadSpec> more = new java.util.ArrayList<>(heads);
    more.add(head);
    return new ArchitectureSpec(network, inputShape, latentDim, decoder, more, encoderTransform, conditionalClasses);
  }

  public ArchitectureSpec withEncoderTransform(TransformSpec transform) {
    return new ArchitectureSpec(network, inputShape, latentDim, decoder, heads, Optional.of(transform), conditionalClasses);
  }

  public ArchitectureSpec withConditioning(int classes) {
    return new ArchitectureSpec(network, inputShape, latentDim, decoder, heads, encoderTransform, classes);
  }

  /** The classifier head, if the architecture has one. */
  public Optional<HeadSpec.Classifier> classifierHead() {
    return heads.stream().filter(HeadSpec.Classifier.class::isInstance).map(HeadSpec.Classifier.class::cast).findFirst();
  }

  public boolean variational() { return heads.stream().anyMatch(HeadSpec.Variational.class::isInstance); }

  /** Values per input sample. */
  public int inputSize() { return Arrays.stream(inputShape).reduce(1, Math::multiplyExact); }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArchitectureSpec a && a.network.equals(network) && Arrays.equals(a.inputShape, inputShape)
        && a.latentDim == latentDim && a.decoder == decoder && a.heads.equals(heads)
        && a.encoderTransform.equals(encoderTransform) && a.conditionalClasses == conditionalClasses;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(network, Arrays.hashCode(inputShape), latentDim, decoder, heads, encoderTransform, conditionalClasses);
  }

  @Override
  public String toString() {
    return "ArchitectureSpec[" + network.id() + ", input " + Arrays.toString(inputShape) + ", latent " + latentDim
        + (decoder ? ", decoder" : "") + ", heads " + heads + encoderTransform.map(t -> ", transform " + t.kind()).orElse("")
        + (conditionalClasses > 0 ? ", conditional " + conditionalClasses : "") + "]";
  }
}
