package io.sae.data.user;

import io.sae.api.InvalidInputException;
import io.sae.api.data.DataContext;
import io.sae.api.data.Dataset;
import io.sae.api.data.DatasetSplit;
import io.sae.data.io.ClassLabels;
import io.sae.data.io.IdxReader;
import io.sae.data.io.NpyReader;
import io.sae.data.io.ShapedArray;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code npy:FILE} and {@code idx:FILE}, each {@code [?labels=FILE&test=FILE&test-labels=FILE]}: arrays with
 * samples along the first axis, and integer labels (class indices; -1 marks an unlabelled sample). Every class
 * {@code 0..max} must have a labelled sample (see {@link ClassLabels}).
 */
final class ArrayFormat {
  static final Set<String> KEYS = Set.of("labels", "test", "test-labels", "test-fraction", "name");

  private ArrayFormat() {}

  static DatasetSplit load(UserSpec spec, DataContext context) throws IOException {
    spec.allowOnly(KEYS);
    spec.requireWith("test-labels", "test");
    spec.requireWith("test-labels", "labels");
    if (spec.has("labels") && spec.has("test") && !spec.has("test-labels")) {
      throw new InvalidInputException("dataset '" + spec.text() + "': the training data have labels=, so test= needs test-labels= too");
    }
    Path trainFile = spec.mainPath();
    Path testFile = spec.pathOf("test");
    ShapedArray train = features(spec.kind(), trainFile);
    ShapedArray test = testFile == null ? null : features(spec.kind(), testFile);
    int[] trainShape = sampleShape(train);
    if (test != null && !Arrays.equals(sampleShape(test), trainShape)) {
      throw new InvalidInputException(
          testFile + ": test samples have shape " + Arrays.toString(sampleShape(test)) + " but the training samples in "
              + trainFile + " have " + Arrays.toString(trainShape));
    }
    int[] trainLabels = labels(spec.kind(), spec.pathOf("labels"), train.matrix().rows(), trainFile);
    int[] testLabels = test == null ? null : labels(spec.kind(), spec.pathOf("test-labels"), test.matrix().rows(), testFile);
    int max = Math.max(max(trainLabels), testLabels == null ? -1 : max(testLabels));
    if (max >= ClassLabels.MAX_INTEGER_CLASSES) {
      throw new InvalidInputException(
          "dataset '" + spec.text() + "': label " + max + " would mean " + (max + 1) + " classes; labels are class indices 0..max (at most "
              + ClassLabels.MAX_INTEGER_CLASSES + " classes)");
    }
    boolean[] seen = new boolean[max + 1];
    mark(seen, trainLabels);
    mark(seen, testLabels);
    ClassLabels.requireAllClassesPresent("dataset '" + spec.text() + "'", seen);
    List<String> classes = new ArrayList<>();
    for (int c = 0; c <= max; c++) {
      classes.add(Integer.toString(c));
    }
    String name = UserDatasets.name(spec);
    Dataset trainSet = new Dataset(name, train.matrix(), trainShape, trainLabels, classes);
    if (test == null) {
      return TestSplit.split(trainSet, UserDatasets.testFraction(spec), context.seed(), trainFile.toString(), context.log());
    }
    return new DatasetSplit(trainSet, new Dataset(name + "-test", test.matrix(), trainShape, testLabels, classes));
  }

  /**
   * IDX images are already scaled to [0, 1]; .npy unsigned bytes are scaled the same way (value / 255), since
   * they are almost always 8-bit pixels; other .npy dtypes are kept as stored.
   */
  private static ShapedArray features(String kind, Path file) throws IOException {
    if (kind.equals("idx")) {
      return IdxReader.readImages(file);
    }
    ShapedArray a = NpyReader.read(file);
    if (a.dtype().equals("u1")) {
      float[] v = a.matrix().data();
      for (int i = 0; i < v.length; i++) {
        v[i] /= 255f;
      }
    }
    return a;
  }

  /** A 1-D array is one value per sample; (N, H, W) is a stack of grey images, so it gets a channel axis. */
  private static int[] sampleShape(ShapedArray a) {
    int[] s = a.sampleShape();
    if (s.length == 0) {
      return new int[] {1};
    }
    if (s.length == 2) {
      return new int[] {s[0], s[1], 1};
    }
    return s;
  }

  private static int[] labels(String kind, Path file, int rows, Path featuresFile) throws IOException {
    if (file == null) {
      int[] none = new int[rows];
      Arrays.fill(none, Dataset.UNLABELED);
      return none;
    }
    int[] y = kind.equals("idx") ? IdxReader.readLabels(file) : NpyReader.readLabels(file);
    if (y.length != rows) {
      throw new InvalidInputException(file + " has " + y.length + " labels for the " + rows + " samples of " + featuresFile);
    }
    for (int i = 0; i < y.length; i++) {
      if (y[i] < Dataset.UNLABELED) {
        throw new InvalidInputException(file + ": label " + y[i] + " of sample " + i + " is negative (labels are class indices; -1 marks an unlabelled sample)");
      }
    }
    return y;
  }

  private static void mark(boolean[] seen, int[] labels) {
    if (labels != null) {
      for (int y : labels) {
        if (y >= 0) {
          seen[y] = true;
        }
      }
    }
  }

  private static int max(int[] v) {
    int m = -1;
    for (int x : v) {
      m = Math.max(m, x);
    }
    return m;
  }
}
