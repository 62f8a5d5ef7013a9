package io.sae.cli.commands;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.io.CsvWriter;
import io.sae.api.io.NpyWriter;
import io.sae.cli.CommonOptions;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.PreparedData;
import io.sae.runtime.run.OpenRun;
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
      "Encode the training or test split of a run's dataset (after its grouping) and write the latent codes.",
      "FILE.npy gets a float32 matrix (one row per sample) and FILE-labels.npy the int32 labels;",
      "FILE.csv gets columns z0..zD-1 and a label column.",
    })
public final class EncodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "RUN", description = "Run folder written by 'sae train'.")
  Path runPath;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "test", description = "train or test. Default: ${DEFAULT-VALUE}.")
  String split;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "Output file ending in .npy or .csv.")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter log = spec.commandLine().getOut();
    String name = out.getFileName().toString();
    if (!name.endsWith(".npy") && !name.endsWith(".csv")) {
      throw new InvalidInputException("--out must end in .npy or .csv, got " + out);
    }
    SaeRuntime services = common.services(log);
    try (OpenRun run = OpenRun.open(services, runPath)) {
      PreparedData data = run.config().data().prepare(services);
      Dataset d = switch (split) {
        case "train" -> data.fullTrain();
        case "test" -> data.test();
        default -> throw new InvalidInputException("--split must be train or test, got '" + split + "'");
      };
      long t0 = System.nanoTime();
      FloatMatrix z = run.model().encode(d.features());
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (name.endsWith(".npy")) {
        NpyWriter.writeMatrix(out, z);
        Path labels = out.resolveSibling(name.substring(0, name.length() - 4) + "-labels.npy");
        NpyWriter.writeLabels(labels, d.labels());
        log.printf(Locale.ROOT, "wrote %s (%d x %d) and %s%n", out, z.rows(), z.cols(), labels);
      } else {
        CsvWriter.write(out, z, d.labels());
        log.printf(Locale.ROOT, "wrote %s (%d x %d, with labels)%n", out, z.rows(), z.cols());
      }
      log.printf(Locale.ROOT, "encoded %,d samples in %.2f s (%,.0f samples/s)%n", z.rows(), seconds, z.rows() / seconds);
    }
    return 0;
  }
}
