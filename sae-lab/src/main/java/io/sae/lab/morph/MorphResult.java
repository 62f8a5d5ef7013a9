package io.sae.lab.morph;

import java.nio.file.Path;

/**
 * The grid {@link Morph} wrote: one row per sample, the input then the decoded steps.
 *
 * @param png the file written
 * @param samples how many test samples were morphed (fewer than asked when the test set has fewer of the class)
 * @param from the class started from
 * @param to the class moved towards
 * @param steps the decoded steps per sample
 */
public record MorphResult(Path png, int samples, String from, String to, int steps) {}
