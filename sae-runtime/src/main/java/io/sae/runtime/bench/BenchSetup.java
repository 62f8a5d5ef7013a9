package io.sae.runtime.bench;

/**
 * The conditions a bench ran under.
 *
 * @param samples training samples per epoch
 * @param batchSize mini-batch size
 * @param epochs epochs per architecture
 * @param cores available processors
 * @param javaVersion the JVM's {@code java.version}
 * @param compute the device and precision of the training graphs
 */
public record BenchSetup(int samples, int batchSize, int epochs, int cores, String javaVersion, io.sae.tf.device.Compute compute) {}
