package io.sae.api.data;

/** A dataset's training and test parts, with the same sample shape and classes. */
public record DatasetSplit(Dataset train, Dataset test) {
  public DatasetSplit {
    if (!java.util.Arrays.equals(train.sampleShape(), test.sampleShape())) {
      throw new IllegalArgumentException("train and test sample shapes differ");
    }
    if (!train.classNames().equals(test.classNames())) {
      throw new IllegalArgumentException("train and test class names differ");
    }
  }
}
