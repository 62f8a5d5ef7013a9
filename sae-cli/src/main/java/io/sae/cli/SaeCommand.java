package io.sae.cli;

import io.sae.cli.commands.BenchCommand;
import io.sae.cli.commands.ClassifyCommand;
import io.sae.cli.commands.ClusterCommand;
import io.sae.cli.commands.DatasetsCommand;
import io.sae.cli.commands.EncodeCommand;
import io.sae.cli.commands.EvaluateCommand;
import io.sae.cli.commands.ExportCommand;
import io.sae.cli.commands.MethodsCommand;
import io.sae.cli.commands.MorphCommand;
import io.sae.cli.commands.SuggestLabelsCommand;
import io.sae.cli.commands.TrainCommand;
import picocli.CommandLine.Command;

/** The top-level {@code sae} command. */
@Command(
    name = "sae",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Structuring autoencoders: autoencoders whose latent space takes a structure you choose.",
      "",
      "Train one into a run folder, evaluate it, and use the model.",
      "",
      "Typical use:",
      "  sae train --dataset mnist --method ae --epochs 5 --out runs/ae",
      "  sae evaluate runs/ae",
    },
    subcommands = {
      TrainCommand.class,
      EvaluateCommand.class,
      ClusterCommand.class,
      ClassifyCommand.class,
      EncodeCommand.class,
      io.sae.cli.search.IndexCommand.class,
      io.sae.cli.search.SearchCommand.class,
      ExportCommand.class,
      io.sae.cli.commands.ServeCommand.class,
      SuggestLabelsCommand.class,
      MorphCommand.class,
      io.sae.cli.commands.SampleCommand.class,
      MethodsCommand.class,
      DatasetsCommand.class,
      BenchCommand.class,
      io.sae.cli.experiment.ExperimentCommand.class,
      picocli.CommandLine.HelpCommand.class
    },
    footer = {"", "Exit codes: 0 success, 2 bad input (message names the problem), 1 internal error."})
public final class SaeCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
