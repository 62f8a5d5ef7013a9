/** TensorFlow SavedModel export of a run with its latent classifier: {@link io.sae.lab.export.ModelExport} (sae export). */
package io.sae.lab.export;
