/**
 * sae on Apache Spark: batch encoding ({@link io.sae.spark.encode}), k-means on latent tables
 * ({@link io.sae.spark.cluster}), similarity search ({@link io.sae.spark.search}) and sweeps of complete training
 * runs ({@link io.sae.spark.sweep}), each a library call on a {@link org.apache.spark.sql.SparkSession} with a thin
 * command in {@link io.sae.spark.cli}. Executors reach models through {@link io.sae.spark.executor.ExecutorResources},
 * one per executor JVM. The only module that links Spark.
 */
package io.sae.spark;
