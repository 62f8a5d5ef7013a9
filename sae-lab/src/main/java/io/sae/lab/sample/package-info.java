/**
 * Sampling a variational run's prior (paper 004): {@link io.sae.lab.sample.PriorSamples} draws,
 * {@link io.sae.lab.sample.SampleGrid} writes the grid ({@code sae sample}).
 */
package io.sae.lab.sample;
