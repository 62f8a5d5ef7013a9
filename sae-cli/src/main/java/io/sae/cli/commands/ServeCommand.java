package io.sae.cli.commands;

import io.sae.api.InvalidInputException;
import io.sae.cli.CommonOptions;
import io.sae.lab.Sae;
import io.sae.serve.explore.Explorer;
import io.sae.serve.ModelArgs;
import io.sae.serve.ModelSet;
import io.sae.serve.SaeServer;
import io.sae.serve.ServedModel;
import io.sae.serve.ServerOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sae serve}: TF Serving's REST API over runs and exports, and the latent-space explorer. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {
      "Serve run folders and exports with TensorFlow Serving's REST API, so TF Serving clients work unchanged.",
      "",
      "  POST /v1/models/NAME[/versions/V]:predict   (instances or inputs; signature_name)",
      "  GET  /v1/models/NAME[/versions/V]           version status",
      "  GET  /v1/models/NAME[/versions/V]/metadata  signature defs",
      "",
      "The signatures are those 'sae export' writes (serving_default, encode, decode, reconstruct, classify).",
      "",
      "Each run folder also gets the latent-space explorer at /explore/NAME: its test latents (PCA, t-SNE) coloured by "
          + "label, predicted class or confidence; hover for the sample, click for its nearest neighbours and "
          + "reconstruction; a morph strip between class centres; and a labelling loop (label the samples 'sae "
          + "suggest-labels' ranks least certain, saved to RUN/labels.csv, then retrain with --init-from). A full "
          + "queue is answered 503; SIGTERM or Ctrl-C stops gracefully (accepted requests finish).",
      "",
      "WARNING: the server and the explorer have no authentication. It listens on 127.0.0.1 (this machine only) "
          + "unless --host opens it; anyone who can reach the port can then query the models.",
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "[NAME=]RUN|EXPORT", arity = "1..*",
      description = "Models to serve: run folders or exports (the highest version is served). NAME defaults to the folder name.")
  List<String> models;

  @Option(names = "--port", paramLabel = "P", defaultValue = "8501", description = "TCP port (0: any free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = ServerOptions.LOOPBACK,
      description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only). No authentication: open it only on a trusted network.")
  String host;

  @Option(names = "--workers", paramLabel = "N", description = "Inference threads. Default: one per core.")
  Integer workers;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_QUEUE,
      description = "Predict calls that may wait for a worker; more are answered 503. Default: ${DEFAULT-VALUE}.")
  int queue;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + ServerOptions.DEFAULT_MAX_BODY,
      description = "Largest request body; larger ones are answered 413. Default: ${DEFAULT-VALUE}.")
  long maxBody;

  @Option(names = "--explore-points", paramLabel = "N", defaultValue = "" + Explorer.DEFAULT_POINTS,
      description = "Test samples the explorer shows at most (the first N). Default: ${DEFAULT-VALUE}.")
  int explorePoints;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ServerOptions defaults = ServerOptions.defaults(port);
    ServerOptions options = new ServerOptions(host, port, workers == null ? defaults.workers() : workers, queue, maxBody,
        ServerOptions.DEFAULT_DRAIN_SECONDS);
    io.sae.runtime.SaeRuntime runtime = common.services(out);
    ModelSet set = ModelArgs.load(models, runtime.pluginPath().loader()); // runs of plugin methods load through --plugins
    SaeServer server;
    try {
      if (explorePoints < 1) {
        throw new InvalidInputException("--explore-points must be at least 1, got " + explorePoints);
      }
      Explorer explorer = new Explorer(Sae.over(runtime), set, explorePoints);
      server = SaeServer.start(set, List.of(explorer), options);
    } catch (RuntimeException e) {
      set.close();
      throw e;
    }
    // SIGTERM and Ctrl-C run the shutdown hooks: stop accepting, let accepted requests finish, close the models
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "sae-serve-shutdown"));
    if (!ServerOptions.LOOPBACK.equals(host) && !"localhost".equals(host)) {
      out.println("WARNING: listening on " + host + " without authentication");
    }
    for (String name : set.names()) {
      ServedModel m = set.get(name);
      out.printf("%s: %s/v1/models/%s (version %d, %s; signatures %s)%n", name, server.url(), name, m.version(), m.path(),
          String.join(", ", m.signatureNames()));
      if (m.runDir().isPresent()) {
        out.printf("  explorer: %s/explore/%s%n", server.url(), name);
      }
    }
    out.printf("serving on %s with %d workers, queue %d; Ctrl-C stops%n", server.url(), options.workers(), options.queue());
    out.flush();
    server.join();
    return 0;
  }
}
