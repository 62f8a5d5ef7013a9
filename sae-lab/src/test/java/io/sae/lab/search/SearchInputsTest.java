package io.sae.lab.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options and queries of index and search, and image files as queries. */
class SearchInputsTest {

  @Test
  void optionsRefuseBadCountsAndKeepDefaults() {
    assertThatThrownBy(() -> new IndexOptions(null, null, "test", -1)).isInstanceOf(InvalidInputException.class)
        .hasMessage("--limit must be >= 0, got -1");
    assertThat(IndexOptions.defaults().split()).isEqualTo("test");
    assertThatThrownBy(() -> new SearchOptions(new SearchQuery.Row(0), 0, 0.79, null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("--top must be at least 1, got 0");
    SearchOptions d = SearchOptions.of(new SearchQuery.Region("Bag"));
    assertThat(d.top()).isEqualTo(10);
    assertThat(d.boundary()).isEqualTo(0.79);
  }

  @Test
  void digitsAreRowsAndAnythingElseAFile() {
    assertThat(SearchQuery.rowOrImage("42")).isEqualTo(new SearchQuery.Row(42));
    assertThat(SearchQuery.rowOrImage("q7.png")).isEqualTo(new SearchQuery.Image(Path.of("q7.png")));
  }

  @Test
  void imagesAreReadAsGreyValuesOfTheInputSize(@TempDir Path tmp) throws Exception {
    BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, 0xFFFFFF);
    img.setRGB(2, 1, 0x336699); // (51 + 102 + 153) / 3 = 102 of 255
    Path png = tmp.resolve("q.png");
    ImageIO.write(img, "png", png.toFile());
    FloatMatrix v = QueryImages.read(png, 6);
    assertThat(v.rows()).isEqualTo(1);
    assertThat(v.get(0, 0)).isEqualTo(1f);
    assertThat(v.get(0, 1)).isZero();
    assertThat(v.get(0, 5)).isCloseTo(102f / 255f, org.assertj.core.data.Offset.offset(1e-6f));

    assertThatThrownBy(() -> QueryImages.read(png, 784)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("3 x 2 pixels, the run's encoder takes 784");
    Path text = Files.writeString(tmp.resolve("q.txt"), "not an image");
    assertThatThrownBy(() -> QueryImages.read(text, 6)).hasMessageContaining("not an image Java can read");
    assertThatThrownBy(() -> QueryImages.read(tmp.resolve("none.png"), 6)).hasMessageContaining("neither an index row number nor an image file");
  }

  @Test
  void flatSquareSamplesAreDrawnAsSquareImages() {
    assertThat(QueryImages.shape(new int[] {784})).containsExactly(28, 28, 1);
    assertThat(QueryImages.shape(new int[] {28, 28, 1})).containsExactly(28, 28, 1);
    assertThatThrownBy(() -> QueryImages.shape(new int[] {300})).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("samples of 300 values are not images");
  }
}
