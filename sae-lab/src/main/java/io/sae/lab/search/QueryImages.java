package io.sae.lab.search;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Image files as queries, and index samples as images. */
final class QueryImages {
  private QueryImages() {}

  /** A grey-level image of exactly the run's input size, scaled to [0, 1]. */
  static FloatMatrix read(Path file, int inputSize) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException("--query " + file + ": neither an index row number nor an image file");
    }
    BufferedImage img = ImageIO.read(file.toFile());
    if (img == null) {
      throw new InvalidInputException("--query " + file + ": not an image Java can read (PNG, JPEG, BMP, GIF)");
    }
    if (img.getWidth() * img.getHeight() != inputSize) {
      throw new InvalidInputException("--query " + file + ": " + img.getWidth() + " x " + img.getHeight() + " pixels, the run's encoder takes "
          + inputSize + " grey values");
    }
    float[] v = new float[inputSize];
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y);
        v[y * img.getWidth() + x] = (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255)) / (3f * 255f);
      }
    }
    return new FloatMatrix(1, inputSize, v);
  }

  /** Flat samples whose size is a square (e.g. 784 from a .npy of flattened images) are drawn as square grey images. */
  static int[] shape(int[] sampleShape) {
    if (sampleShape.length == 1) {
      int side = (int) Math.round(Math.sqrt(sampleShape[0]));
      if (side * side == sampleShape[0]) {
        return new int[] {side, side, 1};
      }
      throw new InvalidInputException("samples of " + sampleShape[0] + " values are not images; no contact sheet can be drawn");
    }
    return sampleShape;
  }
}
