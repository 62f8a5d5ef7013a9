package io.sae.runtime.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The methods the hook bench measures, and those it could not plan for its setup (so that a skipped method is
 * reported, not silently left out).
 *
 * @param measured names of the methods with an epoch hook, in registry order
 * @param refused per method whose plan refused the bench's data or latent size, the refusal's message
 */
public record HookMethods(List<String> measured, Map<String, String> refused) {
  /** Keeps unmodifiable copies (the refusals in their order). */
  public HookMethods {
    measured = List.copyOf(measured);
    refused = Collections.unmodifiableMap(new LinkedHashMap<>(refused));
  }
}
