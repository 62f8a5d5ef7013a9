package io.sae.data.builtin;

import io.sae.api.InvalidInputException;
import io.sae.api.data.DataContext;
import io.sae.data.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Fashion-MNIST (Zalando): the official gzipped IDX files with the official split (60,000 training and
 * 10,000 test images of 28x28 grey pixels scaled to [0, 1], ten clothing classes) in
 * {@code <cache>/fashion-mnist/}.
 *
 * <p>Missing files are copied from {@code /usr/share/datasets/fashion-mnist} when the Debian package
 * {@code dataset-fashion-mnist} is installed; otherwise the package is fetched with
 * {@code apt-get download dataset-fashion-mnist} and unpacked with {@code dpkg -x}. Every file is verified by
 * SHA-256 before it enters the cache and again on every load.
 */
public final class FashionMnistSource extends CachedIdxSource {
  public static final String NAME = "fashion-mnist";
  static final String PACKAGE = "dataset-fashion-mnist";
  static final Path SYSTEM_DIR = Path.of("/usr/share/datasets/fashion-mnist");
  /** The upstream repository whose release files the Debian package ships (same names; hashes checked on install). */
  static final String UPSTREAM = "https://github.com/zalandoresearch/fashion-mnist";
  /** The official class names, in label order. */
  public static final List<String> CLASS_NAMES = List.of(
      "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

  static final List<VerifiedFile> FILES = List.of(
      new VerifiedFile("train-images-idx3-ubyte.gz", "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7"),
      new VerifiedFile("train-labels-idx1-ubyte.gz", "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056"),
      new VerifiedFile("t10k-images-idx3-ubyte.gz", "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa"),
      new VerifiedFile("t10k-labels-idx1-ubyte.gz", "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05"));

  private final Path systemDir;
  private final String aptGet;
  private final String dpkg;

  /** The source that uses the installed package, or apt-get and dpkg on PATH. */
  public FashionMnistSource() {
    this(SYSTEM_DIR, "apt-get", "dpkg", FILES);
  }

  /** For tests: another system folder, other executables and other expected files (as in {@link #FILES}). */
  FashionMnistSource(Path systemDir, String aptGet, String dpkg, List<VerifiedFile> files) {
    super(NAME, files, CLASS_NAMES);
    this.systemDir = systemDir;
    this.aptGet = aptGet;
    this.dpkg = dpkg;
  }

  @Override
  public String description() {
    return "Fashion-MNIST clothing images: 60,000 train / 10,000 test greyscale 28x28 images, 10 classes "
        + "(official files from the Debian package " + PACKAGE + ")";
  }

  @Override
  void fetch(FileCache cache, DataContext context) throws IOException {
    Path staging = null;
    try {
      staging = cache.newStagingDir();
      List<VerifiedFile> missing = copyFromSystem(cache, staging, context);
      if (!missing.isEmpty()) {
        context.log().accept(
            "fetching " + NAME + " into " + cache.dir() + " with 'apt-get download " + PACKAGE + "' (about 31 MB) ...");
        Path root = DebianPackage.fetch(aptGet, dpkg, PACKAGE, staging);
        Path unpacked = root.resolve(SYSTEM_DIR.getRoot().relativize(SYSTEM_DIR));
        for (VerifiedFile f : missing) {
          Path p = unpacked.resolve(f.name());
          if (!Files.isRegularFile(p)) {
            throw new InvalidInputException("Debian package " + PACKAGE + " has no " + SYSTEM_DIR.resolve(f.name()));
          }
          cache.install(p, f, "Debian package " + PACKAGE);
        }
        context.log().accept("fetched and verified " + NAME);
      }
    } catch (InvalidInputException | IOException e) {
      throw new InvalidInputException(
          "could not fetch " + NAME + ": " + e.getMessage() + ". Instead you can install the Debian package " + PACKAGE
              + ", or put the four files " + cache.describeAll() + " (the official release: data/fashion/ of " + UPSTREAM
              + ") into a folder and run 'sae datasets fetch " + NAME + " --from FOLDER', or into " + cache.dir(), e);
    } finally {
      FileCache.deleteTree(staging);
    }
  }

  /** Installs what the system copy has; returns what is still missing. A system file that fails the check is skipped. */
  private List<VerifiedFile> copyFromSystem(FileCache cache, Path staging, DataContext context) throws IOException {
    List<VerifiedFile> stillMissing = new ArrayList<>();
    for (VerifiedFile f : cache.missing()) {
      Path system = systemDir.resolve(f.name());
      if (!Files.isRegularFile(system)) {
        stillMissing.add(f);
      } else if (!Sha256.matches(system, f.sha256())) {
        context.log().accept(system + " does not match its SHA-256; fetching the package instead");
        stillMissing.add(f);
      } else {
        // copy into staging first: the rename into the cache is then atomic even across file systems
        Path staged = staging.resolve(f.name());
        Files.copy(system, staged, StandardCopyOption.REPLACE_EXISTING);
        cache.install(staged, f, system.toString());
        context.log().accept("copied " + system + " into the cache");
      }
    }
    return stillMissing;
  }
}
