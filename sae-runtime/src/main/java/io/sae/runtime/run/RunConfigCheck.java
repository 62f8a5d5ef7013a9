package io.sae.runtime.run;

import io.sae.api.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a {@code config.json} as read: Jackson fills a missing or {@code null} field with null (or 0), which the
 * code that re-plans a run would meet as a NullPointerException far from the file. A config that {@code sae train}
 * wrote always passes; a damaged or hand-edited one is refused naming the file and every bad field.
 */
final class RunConfigCheck {
  private RunConfigCheck() {}

  static RunConfig check(Path file, RunConfig c) {
    List<String> bad = new ArrayList<>();
    require(bad, c.method() != null && !c.method().isBlank(), "method");
    require(bad, c.options() != null && c.options().entrySet().stream().allMatch(RunConfigCheck::complete), "options");
    require(bad, c.data() != null && c.data().dataset() != null && !c.data().dataset().isBlank(), "data.dataset");
    require(bad, c.data() == null || (c.data().validation() >= 0 && c.data().validation() < 1), "data.validation (in [0, 1))");
    require(bad, c.facts() != null && c.facts().classNames() != null && c.facts().sampleShape() != null
        && c.facts().sampleShape().length > 0 && java.util.Arrays.stream(c.facts().sampleShape()).allMatch(d -> d > 0), "facts");
    require(bad, c.architecture() != null && !c.architecture().isBlank(), "architecture");
    require(bad, c.latent() >= 1, "latent (at least 1)");
    require(bad, c.epochs() >= 0, "epochs (not negative)");
    require(bad, c.batchSize() >= 1, "batchSize (at least 1)");
    require(bad, Double.isFinite(c.learningRate()) && c.learningRate() > 0, "learningRate (a positive number)");
    if (!bad.isEmpty()) {
      throw new InvalidInputException(file + " is not valid: missing or bad " + String.join(", ", bad));
    }
    return c;
  }

  private static boolean complete(Map.Entry<String, String> e) {
    return e.getKey() != null && e.getValue() != null;
  }

  private static void require(List<String> bad, boolean ok, String field) {
    if (!ok) {
      bad.add(field);
    }
  }
}
