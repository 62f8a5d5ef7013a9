package io.sae.cli.commands;

import io.sae.cli.CommonOptions;
import io.sae.cli.DataChangeOption;
import io.sae.runtime.encode.EncodeOptions;
import io.sae.runtime.encode.EncodeResult;
import io.sae.runtime.encode.Encoding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sae encode}: latent codes of a run's data split to .npy or CSV. */
@Command(
    name = "encode",
    mixinStandardHelpOptions = true,
    description = {
      "Encode the training or test split of a run's dataset (after its grouping) and write the latent "
          + "codes.",
      "",
      "FILE.npy gets a float32 matrix (one row per sample) and FILE-labels.npy the int32 labels; FILE.csv "
          + "gets columns x0..x(D-1) (the latent values) and a label column.",
    })
public final class EncodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin DataChangeOption dataChange;

  @Parameters(index = "0", paramLabel = "RUN", description = "Run folder written by 'sae train'.")
  Path runPath;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "test", description = "train or test. Default: ${DEFAULT-VALUE}.")
  String split;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "Output file ending in .npy or .csv.")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter log = spec.commandLine().getOut();
    EncodeOptions options = new EncodeOptions(split, out);
    EncodeResult r = Encoding.encode(dataChange.applyTo(common.services(log)), runPath, options);
    if (r.labels().isPresent()) {
      log.printf(Locale.ROOT, "wrote %s (%d x %d) and %s%n", r.latents(), r.rows(), r.cols(), r.labels().get());
    } else {
      log.printf(Locale.ROOT, "wrote %s (%d x %d, with labels)%n", r.latents(), r.rows(), r.cols());
    }
    log.printf(Locale.ROOT, "encoded %,d samples in %.2f s (%,.0f samples/s)%n", r.rows(), r.seconds(), r.samplesPerSecond());
    return 0;
  }
}
