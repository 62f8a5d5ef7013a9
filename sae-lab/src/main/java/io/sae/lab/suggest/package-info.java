/** Which unlabelled samples to label next (paper 001, 3.5): {@link io.sae.lab.suggest.LabelSuggestions} (sae suggest-labels). */
package io.sae.lab.suggest;
