package io.sae.spark.sweep;

import io.sae.data.LabelSelection;
import io.sae.runtime.data.SampleLimit;
import io.sae.runtime.train.Training;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One run of a sweep: a complete training and evaluation, in its own run folder.
 *
 * @param name the run folder's name under {@code OUT/runs}
 * @param options the method options of this grid point
 * @param labels visible training labels ({@link LabelSelection#ALL} for all)
 * @param seed the run's seed
 * @param base the settings every run of the sweep shares
 */
public record SweepPoint(String name, Map<String, String> options, int labels, long seed, SweepGrid.Base base) implements Serializable {
  /** Keeps a sorted copy of the options (a stable name and a serialisable map). */
  public SweepPoint {
    options = new TreeMap<>(options);
  }

  /** The grid point this run belongs to: options and labels (the seeds of one point are its repetitions). */
  public String gridPoint() {
    return optionsText() + " labels=" + labelsText();
  }

  /** The options as {@code k=v,k=v}, or {@code -} without options. */
  public String optionsText() {
    return options.isEmpty() ? "-" : options.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
  }

  /** The label count, or {@code all}. */
  public String labelsText() {
    return labels == LabelSelection.ALL ? "all" : Integer.toString(labels);
  }

  /** The library request of this run, into {@code runDir}. */
  public Training training(Path runDir) {
    Training t = Training.of(base.method()).dataset(base.dataset()).withOptions(options).latent(base.latent()).epochs(base.epochs())
        .seed(seed).limit(new SampleLimit(base.limitTrain(), base.limitTest())).into(runDir);
    t = labels == LabelSelection.ALL ? t.allLabels() : t.labels(labels);
    if (base.architecture() != null) {
      t = t.architecture(base.architecture());
    }
    if (base.batchSize() > 0) {
      t = t.batchSize(base.batchSize());
    }
    return t;
  }
}
