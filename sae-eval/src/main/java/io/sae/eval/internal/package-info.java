/** Helpers shared by the evaluation packages; not part of the public API. */
package io.sae.eval.internal;
