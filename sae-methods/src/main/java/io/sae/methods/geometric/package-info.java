/**
 * Paper 003 (Gabdullin): latent space configuration. {@code geometric} (loss configuration: cross-entropy +
 * geometric loss toward configured clusters), {@code polar} (encoder configuration: polar sectors with
 * prohibited gaps), and the class similarity of Eqs. 11-15 used by {@code sae index} / {@code sae search}.
 */
package io.sae.methods.geometric;
