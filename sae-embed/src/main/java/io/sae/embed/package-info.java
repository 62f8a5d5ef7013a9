/**
 * Loading a run folder for embedding in a Java service: {@link io.sae.api.model.SaeModel#load} finds
 * {@link io.sae.embed.RunModelLoader} through {@link java.util.ServiceLoader} when this module is on the
 * classpath. It depends on {@code sae-api}, {@code sae-tf} and {@code sae-methods} only (no Smile, no CLI).
 */
package io.sae.embed;
