package io.sae.runtime.bench;

import io.sae.api.method.OptionSpec;
import io.sae.api.method.StructuringMethod;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The options and epochs a method trains with in the hook bench. A method whose hook refreshes once per stage (it
 * declares {@value #STAGES} and {@value #STAGE_EPOCHS}, as paper 002's shifting autoencoders do) would shift only
 * after its default first stage of 10 epochs; the bench gives it {@value #BENCH_STAGES} stages, a first stage of
 * {@value #FIRST_EPOCHS} epoch (when it declares {@value #FIRST_STAGE_EPOCHS}) and its default stage length E, so
 * the run ends with one real shift and a full stage of E epochs after it. Every other method keeps its defaults.
 *
 * @param given the method options the bench sets (empty: the defaults)
 * @param epochs epochs to train
 */
record HookBenchSettings(Map<String, String> given, int epochs) {
  static final String STAGES = "stages";
  static final String STAGE_EPOCHS = "stage-epochs";
  static final String FIRST_STAGE_EPOCHS = "first-stage-epochs";
  static final int BENCH_STAGES = 2;
  static final int FIRST_EPOCHS = 1;

  HookBenchSettings {
    given = Map.copyOf(given);
  }

  /** The settings of {@code method}; {@code epochs} is the bench's epoch count for methods without stages. */
  static HookBenchSettings of(StructuringMethod method, int epochs) {
    Map<String, OptionSpec> specs = new LinkedHashMap<>();
    method.options().forEach(o -> specs.put(o.name(), o));
    if (!specs.containsKey(STAGES) || !specs.containsKey(STAGE_EPOCHS)) {
      return new HookBenchSettings(Map.of(), epochs);
    }
    int stageEpochs = Integer.parseInt(specs.get(STAGE_EPOCHS).defaultValue());
    Map<String, String> given = new LinkedHashMap<>();
    given.put(STAGES, String.valueOf(BENCH_STAGES));
    int first = stageEpochs;
    if (specs.containsKey(FIRST_STAGE_EPOCHS)) {
      given.put(FIRST_STAGE_EPOCHS, String.valueOf(FIRST_EPOCHS));
      first = FIRST_EPOCHS;
    }
    return new HookBenchSettings(given, first + (BENCH_STAGES - 1) * stageEpochs);
  }
}
