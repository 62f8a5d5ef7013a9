/**
 * The files {@code sae evaluate} leaves in a run directory: {@code metrics.json}
 * ({@link io.sae.eval.report.MetricsJson}) and {@code report.md} ({@link io.sae.eval.report.MarkdownReport}).
 * Every file is written to a temporary sibling and then moved into place ({@link io.sae.data.io.AtomicFiles}),
 * so a crash never leaves a half-written file under the final name.
 */
package io.sae.eval.report;
