package io.sae.lab.experiment.nousi;

import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** What a paper-002 experiment does at the end of a run's stages (see {@link StagedRuns#trainInStages}). */
interface StageWork {
  /** Whether stage {@code stage}'s work is on record in {@code run} (then it is not done again). */
  boolean done(Path run, int stage);

  /** The {@code sae} command (without {@code sae} and the common options) that does a stage's work, for commands.txt. */
  List<String> command(Path run);

  /**
   * Scores {@code run} with the weights it keeps at the end of {@code stage} and keeps the result in the run folder.
   *
   * @return the lines worth a place in experiment.log
   */
  List<String> score(OpenRun run, PreparedData data, int stage) throws IOException;
}
