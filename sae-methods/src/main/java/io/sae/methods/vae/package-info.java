/**
 * The variational autoencoders of paper 004 (Wang, Blair and Belkhale): the baselines {@code vae},
 * {@code beta-vae} and {@code cvae}, and the two structuring methods {@code lambda-hot-vae} (prior mean
 * lambda * e_y on the first K latent dimensions) and {@code kmeans-vae} (prior mean = the nearest k-means centre
 * of the latent means, recomputed every epoch).
 */
package io.sae.methods.vae;
