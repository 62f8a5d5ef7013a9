/**
 * The vocabulary of sae, readable on its own and free of TensorFlow.
 *
 * <ul>
 *   <li>{@link io.sae.api.data}: immutable datasets, groupings and label selections;
 *   <li>{@link io.sae.api.io}: readers and writers for IDX, CSV and NumPy files;
 *   <li>{@link io.sae.api.method}: the structuring-method SPI (a method turns options and data facts into a
 *       {@link io.sae.api.method.TrainingPlan});
 *   <li>{@link io.sae.api.model}: architecture descriptions and the trained-model interface;
 *   <li>{@link io.sae.api.training}: training options, listeners and the metrics history;
 *   <li>{@link io.sae.api.plugin}: the plugin interface and the named registries plugins add to.
 * </ul>
 */
package io.sae.api;
