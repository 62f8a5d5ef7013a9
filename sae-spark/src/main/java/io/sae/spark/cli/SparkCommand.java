package io.sae.spark.cli;

import picocli.CommandLine.Command;

/** {@code sae spark}: the scale-out commands. */
@Command(name = "sae spark", mixinStandardHelpOptions = true,
    description = "Encoding, clustering, similarity search and sweeps on Apache Spark (docs/spark.md).",
    subcommands = {EncodeCommand.class, ClusterCommand.class, SearchCommand.class, SweepCommand.class, BenchCommand.class})
final class SparkCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}
