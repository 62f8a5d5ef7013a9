/**
 * Clustering a representation and scoring the clusters (paper 002's protocol): seeded k-means++ and Lloyd
 * ({@link io.sae.geometry.KMeans}), then accuracy and NMI against the labels and the silhouette
 * ({@link io.sae.eval.clustering.KMeansScores}).
 */
package io.sae.eval.clustering;
