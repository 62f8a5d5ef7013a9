/**
 * Training, encoding and hook throughput on MNIST: {@link io.sae.runtime.bench.Bench} (sae bench); encode latency
 * and throughput per batch size through the public {@code SaeModel} API: {@link io.sae.runtime.bench.InferenceBench}.
 */
package io.sae.runtime.bench;
