package io.sae.cli.commands;

import io.sae.cli.CommonOptions;
import io.sae.cli.DataChangeOption;
import io.sae.lab.morph.Morph;
import io.sae.lab.morph.MorphOptions;
import io.sae.lab.morph.MorphResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sae morph}: walks test samples of one class towards another in latent space (paper 001, 3.7). */
@Command(
    name = "morph",
    mixinStandardHelpOptions = true,
    description = {
      "Morph test samples of class FROM towards class TO and write the decoded steps as a PNG grid.",
      "",
      "Each sample's latent z becomes z + t (c_TO - c_FROM) for t = 0 .. 1 in STEPS steps, where c is the "
          + "mean latent of a class over the run's labelled training samples (paper 001, section 3.7). One grid "
          + "row per sample: the input, then the decoded steps.",
    })
public final class MorphCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin DataChangeOption dataChange;

  @Parameters(paramLabel = "RUN", description = "Run folder of a model with a decoder.")
  Path runPath;

  @Option(names = "--from", required = true, paramLabel = "CLASS", description = "Class (after grouping) to start from.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "CLASS", description = "Class to move towards.")
  String to;

  @Option(names = "--steps", defaultValue = "8", paramLabel = "N", description = "Steps from t = 0 to t = 1 (>= 2). Default: ${DEFAULT-VALUE}.")
  int steps;

  @Option(names = "--count", defaultValue = "8", paramLabel = "N", description = "Test samples to morph (the first of class FROM). Default: ${DEFAULT-VALUE}.")
  int count;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "PNG to write (default: RUN/morph-FROM-TO.png).")
  Path out;

  @Override
  public Integer call() throws Exception {
    MorphOptions options = new MorphOptions(from, to, steps, count, out);
    PrintWriter log = spec.commandLine().getOut();
    MorphResult r = Morph.run(dataChange.applyTo(common.services(log)), runPath, options);
    log.printf("wrote %s: %d samples of %s, input then %d steps towards %s%n", r.png(), r.samples(), r.from(), r.steps(), r.to());
    return 0;
  }
}
