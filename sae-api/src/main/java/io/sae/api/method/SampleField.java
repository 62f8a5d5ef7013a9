package io.sae.api.method;

/**
 * A per-sample input of the graph that the method's {@link EpochHook} computes on the host (latent targets
 * and masks, shifted reconstruction targets, prior means). The trainer feeds the rows of each mini-batch.
 *
 * @param name field name, referred to by loss-term parameters
 * @param width values per sample
 */
public record SampleField(String name, int width) {
  public SampleField {
    if (width < 1) {
      throw new IllegalArgumentException("sample field " + name + " needs a positive width, got " + width);
    }
  }
}
