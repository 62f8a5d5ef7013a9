package io.sae.eval.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.data.FloatMatrix;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageGridTest {
  @Test
  void tilesArePlacedRowByRowWithBordersAndScaling(@TempDir Path tmp) throws Exception {
    // three 2x2 grey images: all black, all white, and one with a single white top-left pixel
    FloatMatrix images = FloatMatrix.of(new double[][] {{0, 0, 0, 0}, {1, 1, 1, 1}, {1, 0, 0, -3}});
    BufferedImage g = ImageGrid.render(images, new int[] {2, 2, 1}, 2, 3);
    // 2 columns of (2*3 + 1) pixels + 1 border; 2 rows likewise
    assertThat(g.getWidth()).isEqualTo(15);
    assertThat(g.getHeight()).isEqualTo(15);
    assertThat(g.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF); // border
    assertThat(g.getRGB(1, 1) & 0xFFFFFF).isEqualTo(0x000000); // image 0
    assertThat(g.getRGB(8, 1) & 0xFFFFFF).isEqualTo(0xFFFFFF); // image 1
    assertThat(g.getRGB(1, 8) & 0xFFFFFF).isEqualTo(0xFFFFFF); // image 2, top-left pixel (3x3 block)
    assertThat(g.getRGB(3, 8) & 0xFFFFFF).isEqualTo(0xFFFFFF); // image 2, still the top-left pixel (x 1-3)
    assertThat(g.getRGB(4, 8) & 0xFFFFFF).isEqualTo(0x000000); // image 2, top-right pixel (x 4-6)
    assertThat(g.getRGB(6, 13) & 0xFFFFFF).isEqualTo(0x000000); // image 2, bottom-right pixel, -3 clipped to 0
    assertThat(g.getRGB(9, 9) & 0xFFFFFF).isEqualTo(0xFFFFFF); // empty fourth tile stays white

    Path png = tmp.resolve("grid.png");
    ImageGrid.write(png, images, new int[] {2, 2, 1}, 2, 3);
    assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(15);
  }

  @Test
  void colourImagesUseTheirChannels() {
    FloatMatrix red = FloatMatrix.of(new double[][] {{1, 0, 0}});
    assertThat(ImageGrid.render(red, new int[] {1, 1, 3}, 1, 1).getRGB(1, 1) & 0xFFFFFF).isEqualTo(0xFF0000);
  }

  @Test
  void nonImageShapesAreRejected() {
    assertThatThrownBy(() -> ImageGrid.render(FloatMatrix.zeros(1, 300), new int[] {300}, 1, 1)).hasMessageContaining("HxWx1");
    assertThatThrownBy(() -> ImageGrid.render(FloatMatrix.zeros(1, 5), new int[] {2, 2, 1}, 1, 1)).hasMessageContaining("needs 4");
  }
}
