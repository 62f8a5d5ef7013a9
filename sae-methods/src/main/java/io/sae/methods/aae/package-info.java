/**
 * {@code aae}, the adversarial autoencoder of Makhzani et al. (2016): a baseline of paper 001's Figs. 4 and 6. A
 * discriminator on the latent learns to tell draws of the prior from encoded samples; the encoder learns to fool it
 * while the decoder reconstructs.
 */
package io.sae.methods.aae;
