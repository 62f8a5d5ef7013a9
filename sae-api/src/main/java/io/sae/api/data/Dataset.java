package io.sae.api.data;

import io.sae.api.InvalidInputException;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable labelled sample set: an N x D float matrix, the shape of one sample (e.g. 28x28x1, or just D
 * for vectors), one integer label per sample with {@link #UNLABELED} for hidden labels, and the class names.
 *
 * <p>Instances are validated on construction: every value finite, labels in {@code [-1, classes)}, the
 * sample shape multiplying out to D. Derived datasets ({@link #subset}, {@link #withLabels}) share the
 * feature array where they can.
 */
public final class Dataset {
  /** Label value of a sample whose label is hidden or unknown. */
  public static final int UNLABELED = -1;

  private final String name;
  private final FloatMatrix features;
  private final int[] sampleShape;
  private final int[] labels;
  private final List<String> classNames;

  /** @throws InvalidInputException when values are not finite, labels are out of range or shapes disagree */
  public Dataset(String name, FloatMatrix features, int[] sampleShape, int[] labels, List<String> classNames) {
    this(name, features, sampleShape, labels, classNames, true);
  }

  private Dataset(
      String name, FloatMatrix features, int[] sampleShape, int[] labels, List<String> classNames, boolean check) {
    this.name = name;
    this.features = features;
    this.sampleShape = sampleShape.clone();
    this.labels = labels;
    this.classNames = List.copyOf(classNames);
    if (check) {
      validate(features.firstNonFinite() < 0);
    } else {
      validate(true);
    }
  }

  private void validate(boolean featuresFinite) {
    long product = 1;
    for (int d : sampleShape) {
      if (d <= 0) {
        throw new InvalidInputException(name + ": sample shape " + Arrays.toString(sampleShape) + " has a non-positive size");
      }
      product *= d;
    }
    if (product != features.cols()) {
      throw new InvalidInputException(
          name + ": sample shape " + Arrays.toString(sampleShape) + " has " + product + " values but rows have " + features.cols());
    }
    if (labels.length != features.rows()) {
      throw new InvalidInputException(name + ": " + labels.length + " labels for " + features.rows() + " samples");
    }
    if (!featuresFinite) {
      long at = features.firstNonFinite();
      throw new InvalidInputException(
          name + ": sample " + at / features.cols() + ", feature " + at % features.cols() + " is "
              + features.data()[(int) at] + " (all values must be finite)");
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < UNLABELED || labels[i] >= classNames.size()) {
        throw new InvalidInputException(
            name + ": label " + labels[i] + " of sample " + i + " is outside [0, " + classNames.size() + ") "
                + "(classes: " + classNames.size() + "; -1 marks unlabeled)");
      }
    }
  }

  public String name() { return name; }

  public FloatMatrix features() { return features; }

  public int size() { return features.rows(); }

  /** Values per sample. */
  public int dimension() { return features.cols(); }

  public int[] sampleShape() { return sampleShape.clone(); }

  /** A copy of the labels ({@link #UNLABELED} where hidden). */
  public int[] labels() { return labels.clone(); }

  public int label(int i) { return labels[i]; }

  public List<String> classNames() { return classNames; }

  public int classCount() { return classNames.size(); }

  /** Number of samples whose label is known. */
  public int labeledCount() {
    int n = 0;
    for (int l : labels) {
      if (l != UNLABELED) n++;
    }
    return n;
  }

  /** Samples per class among the labelled ones. */
  public int[] classCounts() {
    int[] counts = new int[classNames.size()];
    for (int l : labels) {
      if (l != UNLABELED) counts[l]++;
    }
    return counts;
  }

  /** The samples at {@code indices}, in that order. */
  public Dataset subset(String newName, int[] indices) {
    int[] sub = new int[indices.length];
    for (int i = 0; i < indices.length; i++) {
      sub[i] = labels[indices[i]];
    }
    return new Dataset(newName, features.rows(indices), sampleShape, sub, classNames, false);
  }

  /** The same samples with other labels (a grouping, or hidden labels); the features are shared. */
  public Dataset withLabels(String newName, int[] newLabels, List<String> newClassNames) {
    return new Dataset(newName, features, sampleShape, newLabels.clone(), newClassNames, false);
  }

  @Override
  public String toString() {
    return "Dataset[" + name + ", " + size() + " x " + Arrays.toString(sampleShape) + ", " + classNames.size() + " classes]";
  }
}
