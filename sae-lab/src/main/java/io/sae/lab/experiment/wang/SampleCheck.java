package io.sae.lab.experiment.wang;

import io.sae.api.data.FloatMatrix;
import io.sae.lab.sample.PriorSamples;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.run.OpenRun;
import java.io.IOException;
import java.nio.file.Path;

/** Whether a generative run's class-conditional samples look like their class to a classifier trained on real data. */
final class SampleCheck {
  private SampleCheck() {}

  /**
   * Per class, the share of {@code perClass} class-conditional samples of run {@code sampled} that run {@code classifier}
   * assigns to the requested class; the last entry is the share over all classes.
   */
  static double[] classifiedAsRequested(SaeRuntime services, Path sampled, Path classifier, int perClass, long seed) throws IOException {
    try (OpenRun gen = OpenRun.open(services, sampled); OpenRun cls = OpenRun.open(services, classifier)) {
      PriorSamples prior = new PriorSamples(gen, services);
      int classes = prior.components(PriorSamples.Select.CLASS);
      double[] share = new double[classes + 1];
      int hits = 0;
      for (int c = 0; c < classes; c++) {
        // a seed per class, so one class's samples do not depend on how many the others drew
        FloatMatrix x = prior.draw(PriorSamples.Select.CLASS, c, perClass, seed + 7919L * (c + 1));
        FloatMatrix p = cls.model().classProbabilities(x);
        int ok = 0;
        for (int i = 0; i < p.rows(); i++) {
          int best = 0;
          for (int k = 1; k < p.cols(); k++) {
            if (p.get(i, k) > p.get(i, best)) {
              best = k;
            }
          }
          ok += best == c ? 1 : 0;
        }
        share[c] = ok / (double) perClass;
        hits += ok;
      }
      share[classes] = hits / (double) (classes * perClass);
      return share;
    }
  }
}
