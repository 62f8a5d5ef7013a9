package io.sae.cli.experiment;

/**
 * The stages of a paper-002 run as the experiments train them: stage 1 (the plain autoencoder) is
 * {@code firstEpochs} long, every later stage {@code stageEpochs}; the same arithmetic as the shifting methods'
 * {@code stages}, {@code stage-epochs} and {@code first-stage-epochs} options.
 *
 * <p>Only {@code SubRuns.trainInStages} (which no experiment calls any more) still uses this copy; the paper-002
 * experiments use {@link io.sae.lab.experiment.nousi.StageSchedule}. Delete it with that method.
 *
 * @param stages T
 * @param stageEpochs E
 * @param firstEpochs E0, epochs of stage 1
 */
record StageSchedule(int stages, int stageEpochs, int firstEpochs) {
  /** Uniform stages of E epochs. */
  static StageSchedule uniform(int stages, int stageEpochs) {
    return new StageSchedule(stages, stageEpochs, stageEpochs);
  }

  /** The epoch count at the end of stage {@code t} (1-based): E0, E0 + E, ... */
  int end(int t) {
    return t == 0 ? 0 : firstEpochs + (t - 1) * stageEpochs;
  }

  /** Epochs of stage {@code t} (1-based). */
  int length(int t) {
    return end(t) - end(t - 1);
  }

  /** Epochs of the whole schedule. */
  int totalEpochs() {
    return end(stages);
  }
}
