package io.sae.cli.experiment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sae experiment}: the papers' experiments as commands that train, measure and write a table. */
@Command(
    name = "experiment",
    mixinStandardHelpOptions = true,
    description = {"Run a paper's experiment: train every row, measure, and write a Markdown table."},
    subcommands = {NousiExperiment.class, NousiClassifyExperiment.class})
public final class ExperimentCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
