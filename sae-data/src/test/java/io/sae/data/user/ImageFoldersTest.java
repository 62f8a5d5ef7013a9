package io.sae.data.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.DataContext;
import io.sae.api.data.Dataset;
import io.sae.api.data.DatasetSplit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFoldersTest {
  @TempDir Path dir;
  private final List<String> log = new ArrayList<>();

  private DatasetSplit load(String spec) throws IOException {
    return UserDatasets.load(spec, new DataContext(dir.resolve("cache"), log::add, 3));
  }

  /** A 2x1 (width x height) grey PNG with the two given 8-bit values. */
  private void grey(Path file, int left, int right) throws IOException {
    BufferedImage img = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
    img.getRaster().setSample(0, 0, 0, left);
    img.getRaster().setSample(1, 0, 0, right);
    Files.createDirectories(file.getParent());
    ImageIO.write(img, "png", file.toFile());
  }

  /** A 2x1 RGB PNG with the two given colours. */
  private void rgb(Path file, int left, int right) throws IOException {
    BufferedImage img = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, left);
    img.setRGB(1, 0, right);
    Files.createDirectories(file.getParent());
    ImageIO.write(img, "png", file.toFile());
  }

  @Test
  void greyFoldersWithTrainAndTestParts() throws IOException {
    grey(dir.resolve("d/train/cat/1.png"), 0, 255);
    grey(dir.resolve("d/train/cat/2.png"), 51, 102);
    grey(dir.resolve("d/train/dog/1.png"), 255, 255);
    grey(dir.resolve("d/test/dog/9.png"), 0, 0);
    Files.writeString(dir.resolve("d/train/cat/notes.txt"), "not an image");
    DatasetSplit s = load("images:" + dir.resolve("d"));
    assertThat(s.train().classNames()).containsExactly("cat", "dog");
    assertThat(s.train().sampleShape()).containsExactly(1, 2, 1); // height, width, channels
    assertThat(s.train().features().row(0)).containsExactly(0f, 1f);
    assertThat(s.train().features().row(1)).containsExactly(0.2f, 0.4f);
    assertThat(s.train().labels()).containsExactly(0, 0, 1);
    assertThat(s.test().labels()).containsExactly(1); // the test part may lack a class
    assertThat(s.train().name()).isEqualTo("d");
    assertThat(log).anyMatch(l -> l.contains("read 3 images from") && l.contains("(skipped 1 other files)"));
  }

  @Test
  void anyColourImageMakesAllSamplesRgb() throws IOException {
    rgb(dir.resolve("c/red/a.png"), 0xff0000, 0x336699);
    grey(dir.resolve("c/red/b.png"), 255, 0);
    rgb(dir.resolve("c/blue/a.png"), 0x0000ff, 0x000000);
    grey(dir.resolve("c/blue/b.png"), 0, 0);
    grey(dir.resolve("c/blue/c.png"), 0, 0);
    DatasetSplit s = load("images:" + dir.resolve("c") + "?test-fraction=0.4");
    assertThat(s.train().classNames()).containsExactly("blue", "red");
    assertThat(s.train().sampleShape()).containsExactly(1, 2, 3);
    assertThat(s.train().size() + s.test().size()).isEqualTo(5);
    assertThat(s.test().size()).isEqualTo(2); // 40% of 5, one per class (sizes 3 and 2)
    assertThat(s.test().classCounts()).containsExactly(1, 1);
    // the red RGB image, 0xff0000 then 0x336699, is (1, 0, 0, 0.2, 0.4, 0.6) in whichever part it landed
    boolean found = false;
    for (Dataset d : List.of(s.train(), s.test())) {
      for (int i = 0; i < d.size(); i++) {
        found |= Arrays.equals(d.features().row(i), new float[] {1f, 0f, 0f, 0.2f, 0.4f, 0.6f});
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void sizeMismatchAndBadFoldersAreNamed() throws IOException {
    grey(dir.resolve("m/a/1.png"), 0, 0);
    BufferedImage big = new BufferedImage(3, 3, BufferedImage.TYPE_BYTE_GRAY);
    ImageIO.write(big, "png", dir.resolve("m/a/2.png").toFile());
    assertThatThrownBy(() -> load("images:" + dir.resolve("m")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(dir.resolve("m/a/2.png") + " is 3x3 but " + dir.resolve("m/a/1.png") + " is 2x1; all images must have the same size");
    assertThatThrownBy(() -> load("images:" + dir.resolve("none")))
        .hasMessageStartingWith(dir.resolve("none") + ": not found (the image folder of dataset");
    Files.createDirectories(dir.resolve("flat"));
    grey(dir.resolve("flat2/x/1.png"), 0, 0);
    Files.move(dir.resolve("flat2/x/1.png"), dir.resolve("flat/1.png"));
    assertThatThrownBy(() -> load("images:" + dir.resolve("flat")))
        .hasMessage(dir.resolve("flat") + ": no class sub-folders (expected one sub-folder of images per class)");
    Files.createDirectories(dir.resolve("empty/a"));
    assertThatThrownBy(() -> load("images:" + dir.resolve("empty"))).hasMessageStartingWith(dir.resolve("empty") + ": no images found");
    grey(dir.resolve("tr/a/1.png"), 0, 0);
    grey(dir.resolve("te/b/1.png"), 0, 0);
    assertThatThrownBy(() -> load("images:" + dir.resolve("tr") + "?test=" + dir.resolve("te")))
        .hasMessage(dir.resolve("te/b") + ": test class 'b' has no training folder in " + dir.resolve("tr") + " (classes: [a])");
    grey(dir.resolve("gap/a/1.png"), 0, 0);
    Files.createDirectories(dir.resolve("gap/b"));
    assertThatThrownBy(() -> load("images:" + dir.resolve("gap")))
        .hasMessage(dir.resolve("gap/b") + ": class folder has no images (every class needs at least one)");
    Files.writeString(dir.resolve("tr/a/broken.png"), "not really a png");
    assertThatThrownBy(() -> load("images:" + dir.resolve("tr")))
        .hasMessageStartingWith(dir.resolve("tr/a/broken.png") + ": ");
  }

  @Test
  void aHeaderDeclaringMorePixelsThanTheFileCanHoldIsRefusedBeforeDecoding() throws IOException {
    // found by the fuzzer: a PNG whose IHDR says 28 x 1,000,000 made the decoder allocate the 28 MB raster first
    grey(dir.resolve("h/a/1.png"), 0, 0);
    Path png = dir.resolve("h/a/2.png");
    grey(png, 10, 20);
    byte[] b = Files.readAllBytes(png);
    java.nio.ByteBuffer.wrap(b).putInt(20, 1_000_000); // IHDR height (the decoder does not check the chunk's CRC)
    Files.write(png, b);
    assertThatThrownBy(() -> load("images:" + dir.resolve("h")))
        .isInstanceOf(io.sae.api.InvalidInputException.class)
        .hasMessage(png + ": its header declares 2x1000000 pixels, more than a file of " + b.length + " bytes can hold (the file is corrupt)");
  }
}
