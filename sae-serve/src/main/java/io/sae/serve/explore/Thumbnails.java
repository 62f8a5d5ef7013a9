package io.sae.serve.explore;

import io.sae.api.data.FloatMatrix;
import io.sae.eval.plot.ImageGrid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** PNG thumbnails of samples, drawn by sae-eval's {@link ImageGrid} (the same tiles as the contact sheets). */
final class Thumbnails {
  private Thumbnails() {}

  /** Whether samples of this shape are images (H x W x 1 or 3). */
  static boolean isImage(int[] shape) {
    return shape.length == 3 && (shape[2] == 1 || shape[2] == 3);
  }

  /** One or more samples side by side, each pixel enlarged {@code scale} times. */
  static byte[] png(float[] pixels, int count, int[] shape, int scale) throws IOException {
    FloatMatrix m = new FloatMatrix(count, pixels.length / count, pixels);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(ImageGrid.render(m, shape, count, scale), "png", out);
    return out.toByteArray();
  }
}
