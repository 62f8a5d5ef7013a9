/** Training, encoding and hook throughput on MNIST: {@link io.sae.runtime.bench.Bench} (sae bench). */
package io.sae.runtime.bench;
