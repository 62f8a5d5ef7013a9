package io.sae.lab.evaluate;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;

/** The mean latent of each class over the labelled samples of a dataset. */
public final class ClassCentres {
  private ClassCentres() {}

  /**
   * @param latents one row per sample of {@code data}
   * @return one row per class
   * @throws InvalidInputException when a class has no labelled sample
   */
  public static FloatMatrix of(Dataset data, FloatMatrix latents) {
    int k = data.classCount();
    int d = latents.cols();
    double[][] sums = new double[k][d];
    int[] counts = new int[k];
    for (int i = 0; i < data.size(); i++) {
      int y = data.label(i);
      if (y == Dataset.UNLABELED) {
        continue;
      }
      counts[y]++;
      for (int j = 0; j < d; j++) {
        sums[y][j] += latents.get(i, j);
      }
    }
    for (int c = 0; c < k; c++) {
      if (counts[c] == 0) {
        throw new InvalidInputException("class '" + data.classNames().get(c) + "' has no labelled training sample to place its centre");
      }
      for (int j = 0; j < d; j++) {
        sums[c][j] /= counts[c];
      }
    }
    return FloatMatrix.of(sums);
  }
}
