/** Linear projections of latent codes to a few dimensions, for plots: {@link io.sae.eval.projection.Pca}. */
package io.sae.eval.projection;
