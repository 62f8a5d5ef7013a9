/**
 * Paper 002 (Nousi and Tefas): autoencoders whose reconstruction targets are shifted in input space towards
 * the sample's cluster or class and away from its rivals ({@code ccae-1..4} for clustering, {@code dae-1/2}
 * for classification). {@link io.sae.methods.shift.ShiftMethod} plans them, {@code TargetShifter} is the
 * epoch hook that runs k-means and the shifts between stages.
 */
package io.sae.methods.shift;
