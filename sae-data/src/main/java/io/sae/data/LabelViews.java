package io.sae.data;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.data.LabelSelection;
import io.sae.data.LabeledSplit;

/**
 * Applies a {@link LabelSelection} to a training set: which labels a method may see, and which labelled
 * samples are held out for validation.
 */
public final class LabelViews {
  private static final byte UNCHOSEN = 0;
  private static final byte LABELED = 1;
  private static final byte VALIDATION = 2;

  private LabelViews() {}

  /**
   * Chooses the visible labels of {@code train}, then the validation samples among them.
   *
   * <ol>
   *   <li>{@code selection.labeled()} labelled samples are chosen (all of them for {@link LabelSelection#ALL}),
   *       stratified: each class gets its share of the count in proportion to its frequency among the
   *       labelled samples ({@link Stratified#allocate largest-remainder} rounding), and at least one when the
   *       count allows one per class. Within a class the samples come from a shuffle seeded by
   *       {@code selection.seed()}, so the same seed gives the same choice, and a larger count extends a
   *       smaller one.
   *   <li>Of the chosen samples, {@code round(validationFraction * chosen)} move to the validation set,
   *       divided among classes the same way; when the fraction is positive every class with at least two
   *       chosen samples gives at least one, and every class keeps at least one chosen sample for training
   *       (so with very few labels the validation set can be a little larger or smaller than the fraction).
   *   <li>The training part is every other sample of {@code train} in the original order: the chosen ones
   *       keep their labels, all others become {@link Dataset#UNLABELED}.
   * </ol>
   *
   * @throws InvalidInputException when more labels are asked for than {@code train} has
   */
  public static LabeledSplit select(Dataset train, LabelSelection selection) {
    int classes = train.classCount();
    int[] labels = train.labels();
    int[] counts = train.classCounts();
    int labeled = train.labeledCount();
    int[] take;
    if (selection.labeled() == LabelSelection.ALL) {
      take = counts;
    } else {
      if (selection.labeled() > labeled) {
        throw new InvalidInputException(
            "--labels " + selection.labeled() + " is larger than the " + labeled + " labelled training samples of " + train.name());
      }
      take = Stratified.allocateAtLeastOne(selection.labeled(), counts);
    }
    int[] validation = validationCounts(take, selection.validationFraction());

    int[][] byClass = Stratified.shuffledByGroup(labels, classes, selection.seed());
    byte[] role = new byte[labels.length];
    int validationSize = 0;
    for (int c = 0; c < classes; c++) {
      for (int k = 0; k < take[c]; k++) {
        role[byClass[c][k]] = k < validation[c] ? VALIDATION : LABELED;
      }
      validationSize += validation[c];
    }

    int[] trainIndices = new int[labels.length - validationSize];
    int[] validationIndices = new int[validationSize];
    int[] trainLabels = new int[trainIndices.length];
    for (int i = 0, t = 0, v = 0; i < labels.length; i++) {
      if (role[i] == VALIDATION) {
        validationIndices[v++] = i;
      } else {
        trainLabels[t] = role[i] == LABELED ? labels[i] : Dataset.UNLABELED;
        trainIndices[t++] = i;
      }
    }
    // without validation samples the training part keeps every row: share the features instead of copying
    Dataset trainPart = validationSize == 0
        ? train.withLabels(train.name(), trainLabels, train.classNames())
        : train.subset(train.name(), trainIndices).withLabels(train.name(), trainLabels, train.classNames());
    Dataset validationPart = train.subset(train.name() + "-validation", validationIndices);
    return new LabeledSplit(trainPart, validationPart, trainIndices, validationIndices);
  }

  private static int[] validationCounts(int[] take, double fraction) {
    int[] out = new int[take.length];
    if (fraction <= 0) {
      return out;
    }
    int chosen = 0;
    for (int t : take) {
      chosen += t;
    }
    int[] share = Stratified.allocate((int) Math.round(fraction * chosen), take);
    for (int c = 0; c < take.length; c++) {
      out[c] = Math.min(Math.max(share[c], take[c] >= 2 ? 1 : 0), Math.max(take[c] - 1, 0));
    }
    return out;
  }
}
