package io.sae.lab.experiment.gabdullin;

import io.sae.api.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of paper 003's experiment ({@code sae experiment gabdullin}); checked when built.
 *
 * @param out experiment folder (its finished runs are reused)
 * @param dataset the dataset the class subset is taken from
 * @param classes the classes trained on, in label order
 * @param heldOut a class left out of training, for the similarity of unseen classes
 * @param perClass training samples per class (0: all)
 * @param seeds seeds 1..N
 * @param epochs epochs per run
 * @param arch the encoder
 * @param geometricOptions method options of the geometric runs (the CE-only control keeps all but {@code weight})
 */
public record GabdullinOptions(Path out, String dataset, List<Integer> classes, int heldOut, int perClass, int seeds, int epochs, String arch,
    Map<String, String> geometricOptions) {

  /** @throws InvalidInputException naming the setting out of range */
  public GabdullinOptions {
    if (out == null) {
      throw new InvalidInputException("the experiment needs an output folder (--out)");
    }
    if (seeds < 1 || epochs < 1 || perClass < 0) {
      throw new InvalidInputException("--seeds and --epochs must be >= 1 and --per-class >= 0");
    }
    classes = List.copyOf(classes);
    geometricOptions = Collections.unmodifiableMap(new LinkedHashMap<>(geometricOptions));
  }

  /** The defaults of {@code sae experiment gabdullin} into {@code out}: five Fashion-MNIST classes, Sneaker held out, 3 seeds. */
  public static GabdullinOptions defaults(Path out) {
    return new GabdullinOptions(out, "fashion-mnist", List.of(0, 1, 5, 8, 9), 7, 0, 3, 20, "dense:512,256", Map.of());
  }

  /**
   * Parses {@code KEY=VALUE} method options (as {@code --set} takes them), in order; a later key replaces an earlier one.
   *
   * @throws InvalidInputException for an entry without '='
   */
  public static Map<String, String> parseOptions(List<String> keyValues) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String kv : keyValues) {
      int eq = kv.indexOf('=');
      if (eq < 1) {
        throw new InvalidInputException("--set expects KEY=VALUE, got '" + kv + "'");
      }
      out.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    return out;
  }

  /** The {@code sae experiment gabdullin} arguments that run this experiment. */
  public List<String> arguments() {
    List<String> a = new ArrayList<>(List.of("--dataset", dataset, "--classes", String.join(",", classes.stream().map(String::valueOf).toList()),
        "--held-out", String.valueOf(heldOut), "--per-class", String.valueOf(perClass), "--seeds", String.valueOf(seeds),
        "--epochs", String.valueOf(epochs), "--arch", arch));
    geometricOptions.forEach((k, v) -> a.addAll(List.of("--set", k + "=" + v)));
    a.addAll(List.of("--out", out.toString()));
    return a;
  }
}
