/**
 * Classifiers that read a latent space: {@link io.sae.eval.classify.LatentClassifier} fits on latent rows and
 * labels and returns a {@link io.sae.eval.classify.FittedClassifier} with per-class scores;
 * {@link io.sae.eval.classify.LinearSvm} is the one-vs-rest linear SVM the papers evaluate with; paper 002's
 * four classifiers are {@link io.sae.eval.classify.SoftmaxRegression}, {@link io.sae.eval.classify.NearestCentroid},
 * {@link io.sae.eval.classify.KNearestNeighbours} and {@link io.sae.eval.classify.RbfSvm}, with
 * {@link io.sae.eval.classify.RepeatedSplits} for mean +- std over seeded splits; and
 * {@link io.sae.eval.classify.Predictions} turns score or probability matrices into labels.
 */
package io.sae.eval.classify;
