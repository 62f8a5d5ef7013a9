package io.sae.lab.suggest;

/**
 * One unlabelled training sample whose class is uncertain: a row of {@code suggestions.csv}.
 *
 * @param rank 1-based rank, most uncertain first
 * @param trainIndex the sample's index in the dataset's training set (what a label file names)
 * @param margin highest minus second-highest class score of the linear SVM
 * @param predicted the class the SVM predicts
 */
public record Suggestion(int rank, int trainIndex, double margin, String predicted) {}
