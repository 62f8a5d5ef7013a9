/**
 * The TensorFlow Java core: graphs built from {@link io.sae.api.model.ArchitectureSpec}s
 * ({@link io.sae.tf.graph}), loss terms built by name ({@link io.sae.tf.loss}), the training loop with Adam
 * and checkpoints ({@link io.sae.tf.train}) and in-process inference ({@link io.sae.tf.model}).
 */
package io.sae.tf;
