package io.sae.eval.plot;

import io.sae.data.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Renders a chart off screen and writes it as a PNG, atomically. */
final class Png {
  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private Png() {}

  /** Makes sure the headless property is set before any AWT class initialises. */
  static void init() {
    // the static initialiser does the work
  }

  static void write(Chart<?, ?> chart, Path file) throws IOException {
    write(BitmapEncoder.getBufferedImage(chart), file);
  }

  static void write(BufferedImage image, Path file) throws IOException {
    AtomicFiles.write(file, out -> {
      if (!ImageIO.write(image, "png", out)) {
        throw new IOException("no PNG writer available");
      }
    });
  }
}
