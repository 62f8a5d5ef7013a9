/**
 * Host-side geometry that both the methods (their epoch hooks) and the evaluation need, so that one seeded
 * implementation serves both: k-means with k-means++ seeding and warm starts ({@link io.sae.geometry.KMeans})
 * and exact nearest-neighbour search without an N x N matrix ({@link io.sae.geometry.ProjectedSlab},
 * {@link io.sae.geometry.NearestSet}, and {@link io.sae.geometry.BlockedSearch} as the brute-force reference). Plain Java on {@link io.sae.api.data.FloatMatrix} rows; no
 * TensorFlow and no GPL code, so the method plugins can use it.
 */
package io.sae.geometry;
