package io.sae.eval.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/** Checks on written PNGs. */
final class Images {
  private Images() {}

  static BufferedImage read(Path png, int width, int height) throws IOException {
    assertThat(png).isRegularFile();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("decodes as an image").isNotNull();
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(height);
    try (var files = Files.list(png.getParent())) {
      assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).as("no temporary files left").isEmpty();
    }
    return image;
  }

  static Set<Integer> colours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        colours.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    return colours;
  }

  static boolean contains(BufferedImage image, int rgb) {
    return colours(image).contains(rgb);
  }
}
