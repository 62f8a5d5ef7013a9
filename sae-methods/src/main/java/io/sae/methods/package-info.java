/**
 * Built-in structuring methods, one package per method family, each registered by a plugin module found
 * through {@link java.util.ServiceLoader}. The foundation ships the baselines in {@link io.sae.methods.baseline}.
 */
package io.sae.methods;
