/**
 * Numbers that summarise a run: reconstruction error ({@link io.sae.eval.metrics.Rmse}), classification
 * accuracy and error ({@link io.sae.eval.metrics.ClassificationMetrics}) and the confusion matrix with
 * per-class error ({@link io.sae.eval.metrics.ConfusionMatrix}). Labels equal to
 * {@link io.sae.api.data.Dataset#UNLABELED} in the ground truth are skipped everywhere.
 */
package io.sae.eval.metrics;
