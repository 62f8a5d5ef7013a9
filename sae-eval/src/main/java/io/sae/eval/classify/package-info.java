/**
 * Classifiers that read a latent space: {@link io.sae.eval.classify.LatentClassifier} fits on latent rows and
 * labels and returns a {@link io.sae.eval.classify.FittedClassifier} with per-class scores;
 * {@link io.sae.eval.classify.LinearSvm} is the one-vs-rest linear SVM the papers evaluate with, and
 * {@link io.sae.eval.classify.Predictions} turns score or probability matrices into labels.
 */
package io.sae.eval.classify;
