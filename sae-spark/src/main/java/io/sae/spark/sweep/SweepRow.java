package io.sae.spark.sweep;

import java.io.Serializable;

/**
 * One finished run of a sweep, as the results table holds it. Numbers a method does not report are NaN.
 *
 * @param name the run folder's name
 * @param gridPoint options and labels (what the seeds repeat)
 * @param options the method options as {@code k=v,...}
 * @param labels visible labels, or {@code all}
 * @param seed the run's seed
 * @param svmTestError linear SVM on the latents (metrics.json {@code linear_svm_test_error})
 * @param methodClassifierTestError the method's own latent classifier
 * @param reconstructionRmse test reconstruction RMSE
 * @param trainingSeconds the run's training time
 * @param reused whether the run was complete and evaluated before this sweep started
 */
public record SweepRow(String name, String gridPoint, String options, String labels, long seed, double svmTestError,
    double methodClassifierTestError, double reconstructionRmse, double trainingSeconds, boolean reused) implements Serializable {}
