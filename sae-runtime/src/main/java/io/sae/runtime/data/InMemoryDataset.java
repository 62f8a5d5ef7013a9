package io.sae.runtime.data;

import io.sae.api.InvalidInputException;
import io.sae.api.data.DataContext;
import io.sae.api.data.Dataset;
import io.sae.api.data.DatasetSource;
import io.sae.api.data.DatasetSplit;
import io.sae.api.data.FloatMatrix;
import io.sae.data.user.TestSplit;
import io.sae.data.user.UserDatasets;
import java.util.List;

/**
 * Data a program already holds in memory, used like a built-in dataset: a run's {@code config.json} records its
 * name ({@code memory:NAME}), and the runtime the dataset was {@linkplain io.sae.runtime.SaeRuntime#register
 * registered} with prepares it (labels, grouping, validation split) exactly as it prepares files. A run trained
 * on it can be evaluated from the program that holds the data; the {@code sae} command cannot reload it.
 *
 * <p>Without a test part, a seeded, class-stratified share of the samples ({@link #testFraction}, default 0.2)
 * becomes the test set, as for user files without {@code test=}.
 *
 * @param name the name in configs and reports, always starting with {@code memory:}
 * @param train the training samples (labels {@link Dataset#UNLABELED} where unknown)
 * @param test the test samples, or null to split them off
 * @param testFraction the share split off when {@code test} is null
 */
public record InMemoryDataset(String name, Dataset train, Dataset test, double testFraction) {
  /** The prefix of every in-memory dataset's name. */
  public static final String PREFIX = "memory:";

  /** @throws InvalidInputException on a bad name, no training samples, a test part of another width or a bad fraction */
  public InMemoryDataset {
    if (name == null || !name.startsWith(PREFIX) || name.length() == PREFIX.length()) {
      throw new InvalidInputException("an in-memory dataset's name must be 'memory:NAME', got '" + name + "'");
    }
    if (train == null || train.size() == 0) {
      throw new InvalidInputException(name + ": no training samples");
    }
    if (test != null && test.dimension() != train.dimension()) {
      throw new InvalidInputException(name + ": test samples have " + test.dimension() + " values, training samples " + train.dimension());
    }
    if (test == null && !(testFraction > 0 && testFraction < 1)) {
      throw new InvalidInputException(name + ": the test fraction must be in (0, 1), got " + testFraction);
    }
  }

  /**
   * Samples as rows of {@code x} with their labels, without a test part.
   *
   * @param name a short name; the dataset is called {@code memory:NAME}
   * @param x one sample per row, every value finite
   * @param labels one class index per row in [0, classes), or {@link Dataset#UNLABELED}
   * @param sampleShape the shape of one sample ({@code {28, 28, 1}} for images, {@code {D}} for vectors)
   * @param classNames the class names, index = label
   * @throws InvalidInputException on a shape mismatch, a label out of range or a non-finite value
   */
  public static InMemoryDataset of(String name, FloatMatrix x, int[] labels, int[] sampleShape, List<String> classNames) {
    String full = name.startsWith(PREFIX) ? name : PREFIX + name;
    return new InMemoryDataset(full, dataset(full, x, labels, sampleShape, classNames), null, UserDatasets.DEFAULT_TEST_FRACTION);
  }

  /** The same training samples with this test part (same sample shape and classes). */
  public InMemoryDataset withTest(FloatMatrix x, int[] labels) {
    return new InMemoryDataset(name, train, dataset(name + "-test", x, labels, train.sampleShape(), train.classNames()), testFraction);
  }

  /** Without a test part: split off this share of the samples instead (seeded by the run seed). */
  public InMemoryDataset withTestFraction(double fraction) {
    return new InMemoryDataset(name, train, null, fraction);
  }

  /** The dataset as a source the runtime loads like any other. */
  public DatasetSource source() {
    return new DatasetSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return "in-memory data: " + train.size() + " samples of shape " + java.util.Arrays.toString(train.sampleShape());
      }

      @Override
      public boolean isCached(DataContext context) {
        return true;
      }

      @Override
      public DatasetSplit load(DataContext context) {
        return test != null ? new DatasetSplit(train, test) : TestSplit.split(train, testFraction, context.seed(), name, context.log());
      }
    };
  }

  private static Dataset dataset(String name, FloatMatrix x, int[] labels, int[] sampleShape, List<String> classNames) {
    if (x == null || labels == null || sampleShape == null || classNames == null) {
      throw new InvalidInputException(name + ": samples, labels, sample shape and class names are all required");
    }
    // Dataset checks the shape, the label range and that every value is finite, naming the sample
    return new Dataset(name, x, sampleShape.clone(), labels.clone(), List.copyOf(classNames));
  }
}
