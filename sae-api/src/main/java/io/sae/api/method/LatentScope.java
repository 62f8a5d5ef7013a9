package io.sae.api.method;

/** Which training samples an {@link EpochHook} needs encoded before a refresh (encoding costs time). */
public enum LatentScope {
  /** None: the hook works without latents. */
  NONE,
  /** The labelled samples only (e.g. class means for MDS targets). */
  LABELED,
  /** Every training sample (e.g. k-means over the whole set). */
  ALL
}
