package io.sae.runtime.data;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.DatasetSource;
import io.sae.api.data.DatasetSplit;
import io.sae.api.data.Grouping;
import io.sae.data.LabelSelection;
import io.sae.data.LabeledSplit;
import io.sae.api.method.DataFacts;
import io.sae.runtime.SaeRuntime;
import io.sae.data.GroupingFiles;
import io.sae.data.LabelViews;
import io.sae.data.user.UserDatasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Which data a run uses, as recorded in its config: the dataset (a registered name or a user-data spec), an
 * optional grouping (a registered name or a JSON/YAML file), the number of visible labels, the validation
 * share and the seed of the label choice. {@link #prepare} gives the same {@link PreparedData} every time.
 *
 * @param dataset registered dataset name or user-data spec ({@code csv:...}, {@code npy:...}, ...)
 * @param grouping grouping name or file, or null
 * @param labels visible training labels, {@link LabelSelection#ALL} for all
 * @param validation share of the visible labels held out for validation
 * @param seed seed of the label choice (and of generated datasets)
 * @param trainLimit use only the first this many training samples (0: all), for quick runs and tests
 * @param testLimit use only the first this many test samples (0: all)
 * @param addLabels training-set indices whose labels are revealed on top of the selection (e.g. the samples
 *     'sae suggest-labels' proposed); they must not be validation samples
 */
public record DataRequest(
    String dataset, String grouping, int labels, double validation, long seed, int trainLimit, int testLimit, List<Integer> addLabels) {

  /** Checks the limits; a config written before {@code addLabels} existed reads as none. */
  public DataRequest {
    if (trainLimit < 0 || testLimit < 0) {
      throw new InvalidInputException("--limit takes non-negative counts, got " + trainLimit + "," + testLimit);
    }
    addLabels = addLabels == null ? List.of() : List.copyOf(addLabels); // configs written before the field have none
  }

  /**
   * Loads, limits, groups and selects labels: the same data every time for the same request.
   *
   * @throws InvalidInputException on an unknown dataset or grouping, too many labels, or a bad added label
   */
  public PreparedData prepare(SaeRuntime services) throws IOException {
    DatasetSplit split = load(services);
    Dataset train = limit(split.train(), trainLimit);
    Dataset test = limit(split.test(), testLimit);
    if (grouping != null && !grouping.isBlank()) {
      Grouping g = grouping(services);
      try {
        train = io.sae.data.Regrouping.apply(g, train);
        test = io.sae.data.Regrouping.apply(g, test);
      } catch (InvalidInputException e) {
        if (services.groupings().containsKey(grouping)) {
          throw e;
        }
        throw new InvalidInputException(grouping + ": " + e.getMessage(), e); // name the file the user wrote
      }
    }
    int available = train.labeledCount();
    if (labels != LabelSelection.ALL && labels > available) {
      throw new InvalidInputException(
          "--labels " + labels + " is larger than the " + available + " labelled training samples of " + train.name());
    }
    LabeledSplit labeled = reveal(LabelViews.select(train, new LabelSelection(labels, validation, seed)), train);
    DataFacts facts = new DataFacts(train.name(), train.sampleShape(), train.classNames(), labeled.train().size(),
        labeled.train().classCounts(), labeled.validation().size());
    return new PreparedData(labeled, train, test, facts);
  }

  /** Reveals the labels of {@link #addLabels} in the training part of {@code split}. */
  private LabeledSplit reveal(LabeledSplit split, Dataset full) {
    if (addLabels.isEmpty()) {
      return split;
    }
    int[] position = new int[full.size()];
    java.util.Arrays.fill(position, -1);
    for (int i = 0; i < split.trainIndices().length; i++) {
      position[split.trainIndices()[i]] = i;
    }
    int[] visible = split.train().labels();
    for (int index : addLabels) {
      if (index < 0 || index >= full.size()) {
        throw new InvalidInputException("--add-labels: index " + index + " is outside the training set (0.." + (full.size() - 1) + ")");
      }
      if (position[index] < 0) {
        throw new InvalidInputException("--add-labels: training sample " + index + " is in the validation split; it cannot be added");
      }
      if (full.label(index) == Dataset.UNLABELED) {
        throw new InvalidInputException("--add-labels: training sample " + index + " has no label in the dataset");
      }
      visible[position[index]] = full.label(index);
    }
    return new LabeledSplit(split.train().withLabels(split.train().name(), visible, split.train().classNames()), split.validation(),
        split.trainIndices(), split.validationIndices());
  }

  private static Dataset limit(Dataset d, int n) {
    return n == 0 || n >= d.size() ? d : d.subset(d.name(), java.util.stream.IntStream.range(0, n).toArray());
  }

  private DatasetSplit load(SaeRuntime services) throws IOException {
    DatasetSource source = services.datasets().get(dataset);
    if (source != null) {
      return source.load(services.dataContext(seed));
    }
    if (UserDatasets.isUserSpec(dataset)) {
      return UserDatasets.load(dataset, services.dataContext(seed));
    }
    if (dataset.startsWith(InMemoryDataset.PREFIX)) {
      throw new InvalidInputException("dataset '" + dataset + "' was given in memory by a program; it is not registered here "
          + "(register it with SaeRuntime.register, or evaluate the run from the program that holds the data)");
    }
    throw new InvalidInputException("unknown dataset '" + dataset + "' (built in: " + String.join(", ", services.datasets().keySet())
        + "; user data: csv:FILE, npy:FILE, idx:FILE, images:DIR; see 'sae datasets')");
  }

  private Grouping grouping(SaeRuntime services) throws IOException {
    Grouping g = services.groupings().get(grouping);
    if (g != null) {
      return g;
    }
    Path file = Path.of(grouping);
    if (Files.isRegularFile(file)) {
      return GroupingFiles.read(file);
    }
    throw new InvalidInputException("unknown grouping '" + grouping + "' (built in: " + String.join(", ", services.groupings().keySet())
        + "; or a JSON/YAML file)");
  }
}
