package io.sae.data.builtin;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.data.io.IdxReader;
import io.sae.data.io.ShapedArray;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Loads an IDX image file and its label file as one dataset. */
final class IdxPair {
  private IdxPair() {}

  static Dataset load(String name, Path images, Path labels, List<String> classNames) throws IOException {
    ShapedArray x = IdxReader.readImages(images);
    int[] y = IdxReader.readLabels(labels);
    if (y.length != x.matrix().rows()) {
      throw new InvalidInputException(images + " has " + x.matrix().rows() + " samples but " + labels + " has " + y.length + " labels");
    }
    return new Dataset(name, x.matrix(), x.sampleShape(), y, classNames);
  }
}
