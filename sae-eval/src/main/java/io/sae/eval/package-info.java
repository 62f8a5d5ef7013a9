/**
 * Evaluation of structured latent spaces, on plain latent matrices ({@link io.sae.api.data.FloatMatrix}) and
 * integer labels; nothing here touches TensorFlow.
 *
 * <ul>
 *   <li>{@link io.sae.eval.metrics}: reconstruction error, classification error and confusion matrices;
 *   <li>{@link io.sae.eval.classify}: classifiers fitted on latents (one-vs-rest linear SVMs) and predictions
 *       from softmax outputs;
 *   <li>{@link io.sae.eval.projection}: linear projections to a few dimensions (PCA) for plotting;
 *   <li>{@link io.sae.eval.plot}: headless PNG scatter plots and training curves;
 *   <li>{@link io.sae.eval.report}: {@code metrics.json} and {@code report.md}, written atomically.
 * </ul>
 *
 * <p>This module uses Smile (GPL-3.0) for the SVMs; keep it out of the embedding and serving path.
 */
package io.sae.eval;
