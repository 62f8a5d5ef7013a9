/** Latent morphing between class centres (paper 001, 3.7): {@link io.sae.lab.morph.Morph} (sae morph). */
package io.sae.lab.morph;
