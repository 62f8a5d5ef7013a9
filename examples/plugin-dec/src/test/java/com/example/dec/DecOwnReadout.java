package com.example.dec;

import io.sae.api.data.FloatMatrix;
import io.sae.data.io.NpyReader;
import io.sae.eval.metrics.ClusteringMetrics;
import io.sae.tf.graph.ParameterSnapshot;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A measuring tool (test scope, not a test): scores DEC's own clustering, each latent's nearest trained centre
 * ({@link DecAssignments}, i.e. argmax Q), with clustering accuracy (Hungarian matching) and NMI, the measures of
 * {@code sae cluster}. Until a readout registry can name the trained centres, this is how {@code docs/results/dec.md}
 * measured DEC's own assignment:
 *
 * <pre>
 * sae encode --plugins DIR RUN --split test -o z.npy        # writes z.npy and z-labels.npy
 * java -cp sae-cli/target/sae-cli.jar:examples/plugin-dec/target/sae-plugin-dec.jar:examples/plugin-dec/target/test-classes \
 *     com.example.dec.DecOwnReadout RUN z.npy
 * </pre>
 */
public final class DecOwnReadout {
  private DecOwnReadout() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: DecOwnReadout RUN LATENTS.npy   (LATENTS-labels.npy next to it, as 'sae encode' writes)");
      System.exit(2);
    }
    Path run = Path.of(args[0]);
    Path latents = Path.of(args[1]);
    String base = latents.getFileName().toString().replaceFirst("\\.npy$", "");
    ParameterSnapshot.Array c = ParameterSnapshot.read(run.resolve("model/weights.bin")).get("variable/dec-centres");
    FloatMatrix centres = new FloatMatrix((int) c.shape()[0], (int) c.shape()[1], c.values());
    FloatMatrix z = NpyReader.read(latents).matrix();
    int[] truth = NpyReader.readLabels(latents.resolveSibling(base + "-labels.npy"));
    int[] assigned = DecAssignments.assign(z, centres);
    int[] sizes = new int[centres.rows()];
    for (int a : assigned) {
      sizes[a]++;
    }
    System.out.printf(Locale.ROOT, "{\"run\": \"%s\", \"samples\": %d, \"clusters\": %d, \"accuracy\": %.4f, \"nmi\": %.4f, \"sizes\": %s}%n",
        run, z.rows(), centres.rows(), ClusteringMetrics.accuracy(truth, assigned), ClusteringMetrics.nmi(truth, assigned),
        java.util.Arrays.toString(sizes));
  }
}
