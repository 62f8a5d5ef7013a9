package io.sae.lab.soak;

import io.sae.api.InvalidInputException;
import java.nio.file.Path;

/**
 * What a soak runs: {@code runs} small autoencoders, one after another in this JVM, each trained, evaluated, exported
 * and its export loaded and used once, after one warm-up cycle that is not counted.
 *
 * @param runs measured cycles after the warm-up (at least 2)
 * @param trainSamples MNIST training samples per run
 * @param testSamples MNIST test samples per run
 * @param epochs epochs per run
 * @param work folder for the run folders and exports (each deleted after its cycle)
 */
public record SoakOptions(int runs, int trainSamples, int testSamples, int epochs, Path work) {
  /** @throws InvalidInputException for counts below their minimum */
  public SoakOptions {
    if (runs < 2 || trainSamples < 50 || testSamples < 10 || epochs < 1) {
      throw new InvalidInputException("soak needs --runs >= 2, --train-samples >= 50, --test-samples >= 10 and --epochs >= 1");
    }
  }
}
