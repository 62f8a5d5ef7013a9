/**
 * The SPI of sae, readable on its own: plain Java, free of TensorFlow and Guice.
 *
 * <ul>
 *   <li>{@link io.sae.api.data}: immutable datasets, groupings and label selections;
 *   <li>{@link io.sae.api.method}: the structuring-method SPI (a method turns options and data facts into a
 *       {@link io.sae.api.method.TrainingPlan});
 *   <li>{@link io.sae.api.model}: architecture descriptions and the trained-model interface;
 *   <li>{@link io.sae.api.training}: training options, listeners and the metrics history;
 *   <li>{@link io.sae.api.plugin}: the plugin interface: what a plugin registers at which extension point.
 * </ul>
 */
package io.sae.api;
