package io.sae.lab.classify;

/**
 * One classifier's test accuracy.
 *
 * @param name the classifier as reported ({@code softmax regression}, {@code nearest centroid}, {@code kNN (k=5)}, {@code RBF SVM})
 * @param accuracy share of test samples classified correctly
 * @param seconds wall time of fitting and predicting (not in the result file: it differs per start)
 */
public record ClassifierScore(String name, double accuracy, double seconds) {}
