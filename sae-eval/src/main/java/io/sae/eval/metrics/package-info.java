/**
 * Numbers that summarise a run: reconstruction error ({@link io.sae.eval.metrics.Rmse}), classification
 * accuracy and error ({@link io.sae.eval.metrics.ClassificationMetrics}) and the confusion matrix with
 * per-class error ({@link io.sae.eval.metrics.ConfusionMatrix}), clustering accuracy and NMI
 * ({@link io.sae.eval.metrics.ClusteringMetrics}, with the {@link io.sae.eval.metrics.Hungarian} assignment),
 * the silhouette ({@link io.sae.eval.metrics.Silhouette}) and mean +- std of repeated measurements
 * ({@link io.sae.eval.metrics.MeanStd}). Labels equal to
 * {@link io.sae.api.data.Dataset#UNLABELED} in the ground truth are skipped everywhere.
 */
package io.sae.eval.metrics;
