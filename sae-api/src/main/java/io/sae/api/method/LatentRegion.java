package io.sae.api.method;

/** A set of latent points, e.g. the part of the latent a method's encoder never maps into ({@link ConfiguredLatentSpace}). */
@FunctionalInterface
public interface LatentRegion {

  /** Whether latent point {@code z} lies in the region. */
  boolean contains(float[] z);
}
