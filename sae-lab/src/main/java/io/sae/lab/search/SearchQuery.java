package io.sae.lab.search;

import java.nio.file.Path;

/** What {@link LatentSearch} ranks an index against: a row of the index, an image file, or a configured region. */
public sealed interface SearchQuery {
  /**
   * Row {@code row} of the index (the sample itself is left out of the results).
   *
   * @param row the row number, as {@code sae search} shows IDs
   */
  record Row(int row) implements SearchQuery {}

  /**
   * A grey-level image of the run's input size, encoded by the run's encoder.
   *
   * @param file a PNG, JPEG, BMP or GIF file
   */
  record Image(Path file) implements SearchQuery {}

  /**
   * The centre of a class's configured cluster; no query image.
   *
   * @param className a class name of the run, or its index
   */
  record Region(String className) implements SearchQuery {}

  /** {@code --query}'s reading of its argument: digits are an index row, anything else an image file. */
  static SearchQuery rowOrImage(String text) {
    return text.matches("\\d+") ? new Row(Integer.parseInt(text)) : new Image(Path.of(text));
  }
}
