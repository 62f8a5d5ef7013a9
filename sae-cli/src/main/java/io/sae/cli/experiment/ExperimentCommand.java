package io.sae.cli.experiment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sae experiment}: the papers' experiments, each a set of ordinary runs plus a report. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
    description = {
      "Reproduce a paper's experiments: train and evaluate the runs it needs (ordinary run folders, reused when an",
      "interrupted experiment is started again) and write the tables, plots and a Markdown report.",
    },
    subcommands = {RudolphCommand.class})
public final class ExperimentCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
