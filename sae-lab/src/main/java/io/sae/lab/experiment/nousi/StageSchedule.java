package io.sae.lab.experiment.nousi;

/**
 * The stages of a paper-002 run as the experiments train them: stage 1 (the plain autoencoder) is
 * {@code firstEpochs} long, every later stage {@code stageEpochs}; the same arithmetic as the shifting methods'
 * {@code stages}, {@code stage-epochs} and {@code first-stage-epochs} options.
 *
 * @param stages T
 * @param stageEpochs E
 * @param firstEpochs E0, epochs of stage 1
 */
public record StageSchedule(int stages, int stageEpochs, int firstEpochs) {
  /** Uniform stages of E epochs. */
  public static StageSchedule uniform(int stages, int stageEpochs) {
    return new StageSchedule(stages, stageEpochs, stageEpochs);
  }

  /** The epoch count at the end of stage {@code t} (1-based): E0, E0 + E, ... */
  public int end(int t) {
    return t == 0 ? 0 : firstEpochs + (t - 1) * stageEpochs;
  }

  /** Epochs of stage {@code t} (1-based). */
  public int length(int t) {
    return end(t) - end(t - 1);
  }

  /** The stage (1-based) that the 0-based {@code epoch} belongs to; epochs past the schedule belong to none (0). */
  public int stageOf(int epoch) {
    for (int t = 1; t <= stages; t++) {
      if (epoch < end(t)) {
        return t;
      }
    }
    return 0;
  }

  /** Epochs of the whole schedule. */
  public int totalEpochs() {
    return end(stages);
  }
}
