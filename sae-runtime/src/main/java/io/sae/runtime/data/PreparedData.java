package io.sae.runtime.data;

import io.sae.api.data.Dataset;
import io.sae.data.LabeledSplit;
import io.sae.api.method.DataFacts;

/**
 * The data of one run after grouping and label selection.
 *
 * @param labeled training samples (hidden labels -1) and the validation split
 * @param fullTrain the whole training set with every label (after grouping), for evaluation
 * @param test the test set (after grouping)
 * @param facts what the method is told about the data
 */
public record PreparedData(LabeledSplit labeled, Dataset fullTrain, Dataset test, DataFacts facts) {}
