/** Latent codes of a run's data to .npy or CSV: {@link io.sae.runtime.encode.Encoding} (sae encode). */
package io.sae.runtime.encode;
