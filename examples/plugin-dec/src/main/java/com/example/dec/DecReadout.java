package com.example.dec;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.ReadoutFitter;
import io.sae.api.method.ReadoutSpec;
import java.util.Map;

/**
 * The host side of DEC's own readout, kind {@code dec-assignment}: a sample's cluster is argmax_j q_ij, its nearest
 * trained centre ({@link DecAssignments}); each cluster is labelled by the majority class of the labelled training
 * samples it holds (a cluster holding none takes the most frequent class). The centres are the plan variable the spec
 * names ({@code variable}); the fitted readout hands them and the cluster-to-class table to {@link DecReadoutGraph}.
 */
public final class DecReadout implements ReadoutFitter {
  static final String KIND = "dec-assignment";
  static final String VARIABLE = "variable";

  /** The readout of the centres in plan variable {@code variable}. */
  static ReadoutSpec spec(String variable) {
    return ReadoutSpec.of(KIND, Map.of(VARIABLE, variable));
  }

  @Override
  public String describe(ReadoutSpec spec) {
    return "nearest trained DEC centre (argmax of Q), each cluster labelled by its majority class";
  }

  @Override
  public Fitted fit(ReadoutSpec spec, Training training) {
    String name = spec.param(VARIABLE);
    FloatMatrix centres = training.variables().get(name);
    if (centres == null) {
      throw new InvalidInputException("readout " + KIND + ": the run has no trained variable '" + name + "' (has "
          + training.variables().keySet() + ")");
    }
    int k = centres.rows();
    int classes = training.classes();
    int[] cluster = DecAssignments.assign(training.latents(), centres);
    int[][] counts = new int[k][classes];
    int[] overall = new int[classes];
    for (int i = 0; i < cluster.length; i++) {
      counts[cluster[i]][training.labels()[i]]++;
      overall[training.labels()[i]]++;
    }
    int fallback = argmax(overall);
    int[] classOf = new int[k];
    float[] table = new float[k * classes];
    for (int j = 0; j < k; j++) {
      classOf[j] = java.util.Arrays.stream(counts[j]).sum() == 0 ? fallback : argmax(counts[j]);
      table[j * classes + classOf[j]] = 1;
    }
    Map<String, FloatMatrix> parameters = Map.of(DecReadoutGraph.CENTRES, centres, DecReadoutGraph.CLASS_OF, new FloatMatrix(k, classes, table));
    return Fitted.of((inputs, latents) -> {
      int[] out = DecAssignments.assign(latents, centres);
      for (int i = 0; i < out.length; i++) {
        out[i] = classOf[out[i]];
      }
      return out;
    }, KIND, parameters, "nearest of " + k + " trained DEC centres, clusters labelled by majority");
  }

  /** The first index of the largest count. */
  private static int argmax(int[] counts) {
    int best = 0;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    return best;
  }
}
