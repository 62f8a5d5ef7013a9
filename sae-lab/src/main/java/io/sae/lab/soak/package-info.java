/**
 * The long-run soak behind {@code sae bench soak}: many train, evaluate and export cycles in one JVM, with the resident
 * set size after each, to show that native memory (TensorFlow tensors, graphs, sessions) is freed.
 */
package io.sae.lab.soak;
