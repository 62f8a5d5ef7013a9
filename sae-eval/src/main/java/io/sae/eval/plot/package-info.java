/**
 * Headless PNG charts drawn with XChart: latent scatter plots coloured by class
 * ({@link io.sae.eval.plot.ScatterPlot}) and training curves ({@link io.sae.eval.plot.LinePlot}). No display
 * is needed: {@code java.awt.headless} is set to true unless the application already chose otherwise.
 * Files are written atomically.
 */
package io.sae.eval.plot;
