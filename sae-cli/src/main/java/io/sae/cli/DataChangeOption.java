package io.sae.cli;

import io.sae.runtime.SaeRuntime;
import picocli.CommandLine.Option;

/** {@code --accept-changed-data}, for the commands that prepare a run's data again. */
public final class DataChangeOption {
  @Option(names = "--accept-changed-data",
      description = "Use the run's data even when its files changed since the run trained (size or SHA-256, or the classes or their "
          + "counts differ). Without it such a run is refused with the list of changes; evaluate records them in metrics.json.")
  boolean accept;

  /** Applies the choice to {@code runtime}; returns it. */
  public SaeRuntime applyTo(SaeRuntime runtime) {
    return runtime.acceptChangedData(accept);
  }
}
