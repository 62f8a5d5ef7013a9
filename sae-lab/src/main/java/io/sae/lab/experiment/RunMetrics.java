package io.sae.lab.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sub-run's {@code metrics.json}, as read back from its run folder. Experiments read a fresh run's metrics from
 * the file too, so a reused run and a fresh one give the same numbers (the file is what a later start sees).
 *
 * @param name the run's name in the experiment (its folder under {@code runs/})
 * @param values the metrics.json content
 */
public record RunMetrics(String name, Map<String, Object> values) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Keeps an unmodifiable copy of {@code values}. */
  public RunMetrics {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values)); // metrics.json may hold nulls (NaN)
  }

  /** Reads a run's {@code metrics.json} (or any JSON object), named after its folder. */
  public static RunMetrics read(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    return read(folder.getFileName() == null ? "" : folder.getFileName().toString(), file);
  }

  /** Reads {@code file} (a metrics.json, or any JSON object) as the metrics of run {@code name}. */
  @SuppressWarnings("unchecked")
  public static RunMetrics read(String name, Path file) throws IOException {
    return new RunMetrics(name, JSON.readValue(file.toFile(), Map.class));
  }

  /**
   * The number at {@code key}.
   *
   * @throws IllegalStateException when the metrics have no number there (the method does not measure it)
   */
  public double number(String key) {
    if (!(values.get(key) instanceof Number n)) {
      throw new IllegalStateException("metrics.json of " + name + " has no number " + key);
    }
    return n.doubleValue();
  }

  /** Test error of the linear SVM on the latents. */
  public double svmTestError() {
    return number("linear_svm_test_error");
  }

  /** Test error of the method's own latent classifier. */
  public double methodClassifierTestError() {
    return number("method_classifier_test_error");
  }

  /** Test reconstruction RMSE. */
  public double reconstructionRmse() {
    return number("test_reconstruction_rmse");
  }

  /** Labelled training samples the latent classifiers were fitted on. */
  public int labelledTrainingSamples() {
    return (int) number("labelled_training_samples");
  }

  /** Training and hook seconds of the run, or 0 when not recorded. */
  public double trainingSeconds() {
    return values.get("training") instanceof Map<?, ?> t && t.get("seconds") instanceof Number n ? n.doubleValue() : 0;
  }
}
