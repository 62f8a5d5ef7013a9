package io.sae.data;

import io.sae.api.data.Dataset;

/**
 * The training data a method sees after a {@link LabelSelection}: the training set with all but the chosen
 * labels hidden, and the validation samples (labelled, removed from training).
 *
 * @param train training samples; labels are {@link Dataset#UNLABELED} except for the selected ones
 * @param validation held-out labelled samples (possibly empty)
 * @param trainIndices for each training sample, its index in the original training set
 * @param validationIndices for each validation sample, its index in the original training set
 */
public record LabeledSplit(Dataset train, Dataset validation, int[] trainIndices, int[] validationIndices) {}
