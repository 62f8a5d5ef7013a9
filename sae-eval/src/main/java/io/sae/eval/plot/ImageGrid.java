package io.sae.eval.plot;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Images (rows of a matrix, values in [0, 1], samples of shape H x W x C with C = 1 or 3) drawn as a grid of
 * tiles into a PNG: contact sheets, reconstructions, morphing sequences. Values outside [0, 1] are clipped;
 * tiles are enlarged by an integer factor and separated by a 1-pixel white line.
 */
public final class ImageGrid {
  static {
    Png.init();
  }

  private ImageGrid() {}

  /**
   * @param images one image per row, row-major H x W x C values
   * @param sampleShape {@code [H, W, C]}
   * @param columns tiles per grid row (the grid fills row by row)
   * @param scale integer enlargement of each pixel (1 or more)
   * @throws InvalidInputException when the shape is not an image shape or does not match the rows
   */
  public static BufferedImage render(FloatMatrix images, int[] sampleShape, int columns, int scale) {
    if (sampleShape.length != 3 || (sampleShape[2] != 1 && sampleShape[2] != 3)) {
      throw new InvalidInputException("image grids need samples of shape HxWx1 or HxWx3, got " + Arrays.toString(sampleShape));
    }
    int h = sampleShape[0];
    int w = sampleShape[1];
    int c = sampleShape[2];
    if (images.cols() != h * w * c) {
      throw new InvalidInputException("images have " + images.cols() + " values, shape " + Arrays.toString(sampleShape) + " needs " + h * w * c);
    }
    if (columns < 1 || scale < 1 || images.rows() == 0) {
      throw new InvalidInputException("an image grid needs at least one image, one column and scale >= 1");
    }
    int rows = (images.rows() + columns - 1) / columns;
    int tileW = w * scale + 1;
    int tileH = h * scale + 1;
    BufferedImage out = new BufferedImage(columns * tileW + 1, rows * tileH + 1, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < out.getHeight(); y++) {
      for (int x = 0; x < out.getWidth(); x++) {
        out.setRGB(x, y, 0xFFFFFF);
      }
    }
    for (int i = 0; i < images.rows(); i++) {
      int x0 = (i % columns) * tileW + 1;
      int y0 = (i / columns) * tileH + 1;
      for (int py = 0; py < h; py++) {
        for (int px = 0; px < w; px++) {
          int base = i * images.cols() + (py * w + px) * c;
          int r = level(images.data()[base]);
          int g = c == 3 ? level(images.data()[base + 1]) : r;
          int b = c == 3 ? level(images.data()[base + 2]) : r;
          int rgb = (r << 16) | (g << 8) | b;
          for (int sy = 0; sy < scale; sy++) {
            for (int sx = 0; sx < scale; sx++) {
              out.setRGB(x0 + px * scale + sx, y0 + py * scale + sy, rgb);
            }
          }
        }
      }
    }
    return out;
  }

  /** Renders and writes the grid as a PNG (atomically). */
  public static void write(Path png, FloatMatrix images, int[] sampleShape, int columns, int scale) throws IOException {
    Png.write(render(images, sampleShape, columns, scale), png);
  }

  private static int level(float v) {
    return Math.round(Math.max(0f, Math.min(1f, v)) * 255f);
  }
}
