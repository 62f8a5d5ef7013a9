package io.sae.runtime.run;

import io.sae.api.method.DataFacts;
import io.sae.api.InvalidInputException;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.DataFingerprint;
import io.sae.runtime.data.DataRequest;
import io.sae.runtime.data.PreparedData;
import java.io.IOException;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Everything that made a run, written to {@code config.json}: with the same config (and code) a run is
 * reproduced, and a trained model is rebuilt by planning again from it.
 *
 * @param sae version of sae that trained it
 * @param created ISO-8601 time the run started
 * @param method method name
 * @param options every method option with its effective value (defaults included)
 * @param data dataset, grouping, labels, validation share and seed
 * @param facts what the method was told about the data
 * @param architecture network spec (preset name or custom spec)
 * @param latent latent size
 * @param epochs number of epochs
 * @param batchSize mini-batch size
 * @param learningRate Adam learning rate
 * @param seed seed of initialisation, shuffling and noise
 * @param initFrom run folder whose kept weights the training started from, or null for fresh weights
 * @param earlyStop {@code METRIC:PATIENCE} of early stopping, or null (not written) for a run of every epoch
 * @param dataFingerprint the data files, classes and counts the run trained on; null (not written) in runs made
 *     before fingerprints were recorded, whose data are then not checked
 */
public record RunConfig(
    String sae,
    String created,
    String method,
    Map<String, String> options,
    DataRequest data,
    DataFacts facts,
    String architecture,
    int latent,
    int epochs,
    int batchSize,
    double learningRate,
    long seed,
    String initFrom,
    @JsonInclude(JsonInclude.Include.NON_NULL) String earlyStop,
    @JsonInclude(JsonInclude.Include.NON_NULL) DataFingerprint dataFingerprint) {

  /**
   * Prepares the run's data again ({@link DataRequest#prepare}) and checks them against {@link #dataFingerprint}.
   *
   * @throws InvalidInputException when they changed since training, naming each change, unless
   *     {@link SaeRuntime#acceptsChangedData()}: then a warning is logged and the changes travel with the data
   */
  public PreparedData prepareData(SaeRuntime runtime) throws IOException {
    PreparedData prepared = data.prepare(runtime);
    if (dataFingerprint == null) {
      return prepared;
    }
    List<String> changes = dataFingerprint.changesTo(DataFingerprint.of(data, prepared, runtime));
    if (changes.isEmpty()) {
      return prepared;
    }
    refuseOrWarn(runtime, changes);
    return prepared.withChangesAccepted(changes);
  }

  /**
   * Checks only the data files against {@link #dataFingerprint} (size and SHA-256), without loading them: for a
   * command that reads the run's data files in another selection than {@link #prepareData} makes (an index).
   *
   * @throws InvalidInputException as {@link #prepareData}
   */
  public void requireUnchangedFiles(SaeRuntime runtime) throws IOException {
    if (dataFingerprint != null) {
      List<String> changes = dataFingerprint.fileChangesTo(DataFingerprint.files(data, runtime));
      if (!changes.isEmpty()) {
        refuseOrWarn(runtime, changes);
      }
    }
  }

  /** Refuses {@code changes} unless the runtime accepts changed data; then warns. */
  private static void refuseOrWarn(SaeRuntime runtime, List<String> changes) {
    if (!runtime.acceptsChangedData()) {
      throw new InvalidInputException("the data of this run changed since it trained: " + String.join("; ", changes)
          + ". Train a new run on these data, or pass --accept-changed-data to use them anyway (recorded in metrics.json)");
    }
    runtime.log().accept("warning: using data that changed since the run trained (--accept-changed-data): " + String.join("; ", changes));
  }

  /** The early stopping this run was trained with, if any. */
  public java.util.Optional<io.sae.runtime.train.EarlyStopping> earlyStopping() {
    return earlyStop == null ? java.util.Optional.empty() : java.util.Optional.of(io.sae.runtime.train.EarlyStopping.parse(earlyStop));
  }

  /** The same config with another epoch total (a resume that trains further). */
  public RunConfig withEpochs(int newEpochs) {
    return new RunConfig(sae, created, method, options, data, facts, architecture, latent, newEpochs, batchSize, learningRate, seed, initFrom, earlyStop,
        dataFingerprint);
  }
}
