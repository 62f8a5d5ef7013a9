package io.sae.api.method;

import java.util.List;

/**
 * What a method may know about the training data when it plans: enough to size heads and targets.
 *
 * @param dataset dataset name (after grouping)
 * @param sampleShape shape of one sample
 * @param classNames class names after grouping
 * @param trainSize number of training samples
 * @param labeledPerClass number of visible labels per class
 * @param validationSize number of labelled samples held out for validation (0 for none)
 */
public record DataFacts(
    String dataset, int[] sampleShape, List<String> classNames, int trainSize, int[] labeledPerClass, int validationSize) {
  public DataFacts {
    sampleShape = sampleShape.clone();
    classNames = List.copyOf(classNames);
    labeledPerClass = labeledPerClass.clone();
  }

  public int classCount() { return classNames.size(); }

  /**
   * The index of class {@code name}.
   *
   * @throws io.sae.api.InvalidInputException naming the classes there are when there is no such class
   */
  public int classIndex(String name) {
    int i = classNames.indexOf(name);
    if (i < 0) throw new io.sae.api.InvalidInputException("unknown class '" + name + "' (classes: " + classNames + ")");
    return i;
  }

  public int labeledCount() {
    int n = 0;
    for (int c : labeledPerClass) {
      n += c;
    }
    return n;
  }
}
