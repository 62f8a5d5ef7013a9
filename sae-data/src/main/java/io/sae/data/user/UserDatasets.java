package io.sae.data.user;

import io.sae.api.InvalidInputException;
import io.sae.api.data.DataContext;
import io.sae.api.data.DatasetSplit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads user data named by a {@code --dataset} value that is not a registered dataset name.
 *
 * <p>Syntax: {@code KIND:PATH[?KEY=VALUE&KEY=VALUE...]}, KIND one of:
 *
 * <ul>
 *   <li>{@code csv:FILE} — numeric CSV, one sample per line. Keys: {@code label=COLUMN} (header name or 0-based
 *       index; a column of numbers holds class indices, each a whole number 0..max with every class present, and
 *       a column with any non-number holds class names in sorted order (see ClassLabels); without
 *       it the data are unlabelled), {@code delimiter=comma|semicolon|tab}, {@code header=auto|true|false}
 *       (auto: the first row is a header when it has text where the second row has numbers). Example:
 *       {@code csv:train.csv?test=test.csv&label=class}.
 *   <li>{@code npy:FILE} — a NumPy array with samples along the first axis. Keys: {@code labels=FILE} (integer
 *       .npy, -1 = unlabelled), {@code test-labels=FILE}. Unsigned-byte arrays are scaled to [0, 1]; a 3-D
 *       array (N, H, W) is read as grey images (H, W, 1). Example:
 *       {@code npy:x.npy?labels=y.npy&test=xt.npy&test-labels=yt.npy}.
 *   <li>{@code idx:FILE} — an IDX image file, plain or gzip. Keys: {@code labels=FILE}, {@code test-labels=FILE}.
 *       Example: {@code idx:images.gz?labels=labels.gz&test=t-images.gz&test-labels=t-labels.gz}.
 *   <li>{@code images:FOLDER} — one sub-folder of images per class (Keras convention); when FOLDER has
 *       {@code train} and {@code test} sub-folders those are the two parts. Example: {@code images:photos}.
 * </ul>
 *
 * Keys for every kind: {@code test=PATH} (the test part, in the same format), {@code test-fraction=F} (when
 * no test part is given, a seeded, class-stratified share F of the samples becomes the test part; default
 * 0.2), {@code name=NAME} (the dataset's name in messages and reports; default the file or folder name).
 * Paths are relative to the working directory; {@code ~/} is the home folder. Train and test must have the
 * same sample shape; integer classes span both parts.
 */
public final class UserDatasets {
  /** Share of the samples split off as test data when no test part is given. */
  public static final double DEFAULT_TEST_FRACTION = 0.2;

  private UserDatasets() {}

  /** Whether {@code value} has the form of a user dataset ({@code csv:}, {@code npy:}, {@code idx:}, {@code images:}). */
  public static boolean isUserSpec(String value) {
    return UserSpec.looksLikeUserSpec(value);
  }

  /**
   * Loads the data {@code spec} names; the test split (when one is made) is seeded by {@link DataContext#seed()}.
   *
   * @throws InvalidInputException for an unknown kind or key, a missing or corrupt file, train and test of
   *     different shapes, or labels that do not fit
   */
  public static DatasetSplit load(String spec, DataContext context) throws IOException {
    UserSpec s = UserSpec.parse(spec);
    if (s.has("test") && s.has("test-fraction")) {
      throw new InvalidInputException("dataset '" + spec + "': test-fraction= only applies when no test= part is given");
    }
    return switch (s.kind()) {
      case "csv" -> CsvFormat.load(s, context);
      case "npy", "idx" -> ArrayFormat.load(s, context);
      default -> ImageFolders.load(s, context);
    };
  }

  /**
   * The files {@code spec} reads, in a fixed order (for an image folder: every regular file under it, sorted):
   * what a run records a fingerprint of, so that later commands can tell when the data changed.
   */
  public static List<Path> files(String spec) throws IOException {
    UserSpec s = UserSpec.parse(spec);
    List<Path> out = new ArrayList<>();
    for (Path p : new Path[] {s.mainPath(), s.pathOf("labels"), s.pathOf("test"), s.pathOf("test-labels")}) {
      if (p == null) {
        continue;
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).sorted().forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  static String name(UserSpec spec) {
    if (spec.has("name")) {
      return spec.get("name");
    }
    Path file = spec.mainPath().getFileName();
    return file == null ? spec.path() : file.toString();
  }

  static double testFraction(UserSpec spec) {
    if (!spec.has("test-fraction")) {
      return DEFAULT_TEST_FRACTION;
    }
    double f;
    try {
      f = Double.parseDouble(spec.get("test-fraction"));
    } catch (NumberFormatException e) {
      f = Double.NaN;
    }
    if (!(f > 0 && f < 1)) {
      throw new InvalidInputException("dataset '" + spec.text() + "': test-fraction must be a number between 0 and 1 (exclusive), got '" + spec.get("test-fraction") + "'");
    }
    return f;
  }
}
