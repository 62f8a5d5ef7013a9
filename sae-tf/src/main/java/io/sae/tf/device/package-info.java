/**
 * Where and in which precision a training graph computes: the {@link io.sae.tf.device.Compute} settings that become
 * its session's configuration, and the {@link io.sae.tf.device.Placement} TensorFlow reports for a step.
 */
package io.sae.tf.device;
