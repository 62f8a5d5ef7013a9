package io.sae.cli.experiment;

import picocli.CommandLine.Option;

/** The training options both paper-002 experiments pass to every run they train (a picocli mixin). */
final class StagedTrainingOptions {
  @Option(names = "--first-stage-epochs", paramLabel = "E0",
      description = "E0, epochs of the first stage, the plain autoencoder before the first shift (Algorithm 1 trains it to convergence). Default: E.")
  Integer firstStageEpochs;

  @Option(names = "--batch-size", paramLabel = "N",
      description = "Mini-batch size of every run. Default: that of 'sae train' (128). Smaller batches take more steps per epoch.")
  Integer batchSize;
}
