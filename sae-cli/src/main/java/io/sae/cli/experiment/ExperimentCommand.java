package io.sae.cli.experiment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sae experiment}: the papers' experiments, each a set of ordinary runs plus a report. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
    description = {
      "Reproduce a paper's experiments: train and evaluate the runs it needs (ordinary run folders) and "
          + "write the tables, plots and a Markdown report.",
      "",
      "rudolph, wang and compare reuse the runs of an interrupted experiment when started again; nousi and "
          + "nousi-classify start in a new --out folder.",
    },
    subcommands = {RudolphCommand.class, NousiExperiment.class, NousiClassifyExperiment.class, GabdullinCommand.class, WangCommand.class,
        CompareCommand.class})
public final class ExperimentCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
