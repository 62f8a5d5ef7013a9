package io.sae.data.user;

import io.sae.api.InvalidInputException;
import io.sae.api.data.DataContext;
import io.sae.api.data.Dataset;
import io.sae.api.data.DatasetSplit;
import io.sae.api.data.FloatMatrix;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * {@code images:FOLDER[?test=FOLDER]}: image folders in the Keras convention, one sub-folder per class
 * (class names are the sub-folder names in sorted order).
 *
 * <ul>
 *   <li>When FOLDER has sub-folders {@code train} and {@code test} (and no {@code test=} is given), they are
 *       the two parts, each with the class sub-folders; the test part may lack classes but not add any.
 *   <li>Files ending in .png, .jpg, .jpeg, .bmp or .gif are read with javax.imageio, sorted by name; other
 *       files and hidden entries are skipped.
 *   <li>All images must have the same size. When every image is greyscale the samples have one channel,
 *       otherwise three (RGB; grey images are repeated into all three, alpha is dropped). Values are scaled
 *       to [0, 1]; the sample shape is (height, width, channels).
 * </ul>
 */
final class ImageFolders {
  static final Set<String> KEYS = Set.of("test", "test-fraction", "name");
  static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");
  /**
   * Most pixels an image file can declare per byte of its size: above deflate's 1032:1 (PNG) and what LZW (GIF),
   * run-length BMP and JPEG reach, so a real image always passes and a corrupt header fails before allocating.
   */
  private static final long MAX_PIXELS_PER_BYTE = 4096;

  private ImageFolders() {}

  /** One decoded image: its values (HWC order), size and channel count. */
  private record Image(Path file, float[] values, int width, int height, int channels) {}

  static DatasetSplit load(UserSpec spec, DataContext context) throws IOException {
    spec.allowOnly(KEYS);
    Path root = spec.mainPath();
    requireFolder(root, "the image folder of dataset '" + spec.text() + "'");
    Path trainDir = root;
    Path testDir = spec.pathOf("test");
    if (testDir == null && Files.isDirectory(root.resolve("train")) && Files.isDirectory(root.resolve("test"))) {
      trainDir = root.resolve("train");
      testDir = root.resolve("test");
      if (spec.has("test-fraction")) {
        throw new InvalidInputException(
            "dataset '" + spec.text() + "': " + root + " has train and test sub-folders, so test-fraction= does not apply");
      }
    }
    if (testDir != null) {
      requireFolder(testDir, "the test image folder of dataset '" + spec.text() + "'");
    }
    List<String> classes = classFolders(trainDir);
    if (classes.isEmpty()) {
      throw new InvalidInputException(trainDir + ": no class sub-folders (expected one sub-folder of images per class)");
    }
    if (testDir != null) {
      for (String c : classFolders(testDir)) {
        if (!classes.contains(c)) {
          throw new InvalidInputException(testDir.resolve(c) + ": test class '" + c + "' has no training folder in " + trainDir + " (classes: " + classes + ")");
        }
      }
    }
    List<Image> images = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    int trainCount = read(trainDir, classes, images, labels, context);
    if (trainCount == 0) {
      throw new InvalidInputException(trainDir + ": no images found (expected .png, .jpg, .jpeg, .bmp or .gif files in the class sub-folders)");
    }
    for (int c = 0; c < classes.size(); c++) {
      if (!labels.subList(0, trainCount).contains(c)) {
        // an empty class would get a class point and a classifier output that no sample ever trains
        throw new InvalidInputException(trainDir.resolve(classes.get(c)) + ": class folder has no images (every class needs at least one)");
      }
    }
    if (testDir != null && read(testDir, classes, images, labels, context) == 0) {
      throw new InvalidInputException(testDir + ": no test images found in the class sub-folders");
    }
    Image first = images.get(0);
    int channels = 1;
    for (Image im : images) {
      if (im.width != first.width || im.height != first.height) {
        throw new InvalidInputException(
            im.file + " is " + im.width + "x" + im.height + " but " + first.file + " is " + first.width + "x" + first.height
                + "; all images must have the same size");
      }
      channels = Math.max(channels, im.channels);
    }
    int[] shape = {first.height, first.width, channels};
    String name = UserDatasets.name(spec);
    Dataset train = dataset(name, images.subList(0, trainCount), labels.subList(0, trainCount), shape, classes);
    if (testDir == null) {
      return TestSplit.split(train, UserDatasets.testFraction(spec), context.seed(), root.toString(), context.log());
    }
    Dataset test = dataset(name + "-test", images.subList(trainCount, images.size()), labels.subList(trainCount, labels.size()), shape, classes);
    return new DatasetSplit(train, test);
  }

  private static void requireFolder(Path dir, String what) {
    if (!Files.isDirectory(dir)) {
      throw new InvalidInputException(dir + ": " + (Files.exists(dir) ? "not a folder" : "not found") + " (" + what + ")");
    }
  }

  private static List<String> classFolders(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
    }
  }

  /** Reads the images of every class folder under {@code dir}; returns how many. */
  private static int read(Path dir, List<String> classes, List<Image> images, List<Integer> labels, DataContext context)
      throws IOException {
    int count = 0;
    int skipped = 0;
    for (int c = 0; c < classes.size(); c++) {
      Path classDir = dir.resolve(classes.get(c));
      if (!Files.isDirectory(classDir)) {
        continue; // a test part may lack a class
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(classDir)) {
        files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
      }
      for (Path f : files) {
        if (!EXTENSIONS.contains(extension(f))) {
          skipped++;
          continue;
        }
        images.add(decode(f));
        labels.add(c);
        count++;
      }
    }
    context.log().accept("read " + count + " images from " + dir + (skipped > 0 ? " (skipped " + skipped + " other files)" : ""));
    return count;
  }

  private static String extension(Path f) {
    String n = f.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static Image decode(Path f) throws IOException {
    BufferedImage img = read(f);
    int w = img.getWidth();
    int h = img.getHeight();
    if (img.getColorModel().getNumColorComponents() == 1) {
      // grey: read the raster, since getRGB would pass grey values through a colour-space conversion
      Raster r = img.getRaster();
      float max = (1 << img.getColorModel().getComponentSize(0)) - 1;
      float[] v = new float[w * h];
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          v[y * w + x] = r.getSample(x, y, 0) / max;
        }
      }
      return new Image(f, v, w, h, 1);
    }
    float[] v = new float[w * h * 3];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = img.getRGB(x, y);
        int at = 3 * (y * w + x);
        v[at] = ((rgb >> 16) & 0xff) / 255f;
        v[at + 1] = ((rgb >> 8) & 0xff) / 255f;
        v[at + 2] = (rgb & 0xff) / 255f;
      }
    }
    return new Image(f, v, w, h, 3);
  }

  /**
   * Decodes {@code f} after checking the size its header declares: the decoder allocates the whole raster
   * before it reads a pixel, so a corrupt header declaring 100000 x 100000 pixels would allocate gigabytes.
   */
  private static BufferedImage read(Path f) throws IOException {
    long fileSize = Files.size(f);
    try (ImageInputStream in = ImageIO.createImageInputStream(f.toFile())) {
      Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new InvalidInputException(f + ": not an image format javax.imageio can read");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > MAX_PIXELS_PER_BYTE * Math.max(fileSize, 256)) {
          throw new InvalidInputException(
              f + ": its header declares " + reader.getWidth(0) + "x" + reader.getHeight(0) + " pixels, more than a file of " + fileSize
                  + " bytes can hold (the file is corrupt)");
        }
        BufferedImage img = reader.read(0);
        if (img == null) {
          throw new InvalidInputException(f + ": not an image format javax.imageio can read");
        }
        return img;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException user) {
        throw user;
      }
      // a corrupt file makes the decoders throw IIOException, but also IndexOutOfBounds or IllegalArgument exceptions
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      throw new InvalidInputException(f + ": cannot be read as an image (" + why + ")", e);
    }
  }

  private static Dataset dataset(String name, List<Image> images, List<Integer> labels, int[] shape, List<String> classes) {
    int d = shape[0] * shape[1] * shape[2];
    float[] data = new float[images.size() * d];
    for (int i = 0; i < images.size(); i++) {
      Image im = images.get(i);
      if (im.channels == shape[2]) {
        System.arraycopy(im.values, 0, data, i * d, d);
      } else { // grey image in an RGB dataset
        for (int p = 0; p < im.values.length; p++) {
          data[i * d + 3 * p] = im.values[p];
          data[i * d + 3 * p + 1] = im.values[p];
          data[i * d + 3 * p + 2] = im.values[p];
        }
      }
    }
    int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
    return new Dataset(name, new FloatMatrix(images.size(), d, data), shape, y, classes);
  }
}
