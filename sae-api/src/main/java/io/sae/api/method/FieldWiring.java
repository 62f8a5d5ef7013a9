package io.sae.api.method;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The check behind {@link TrainingPlan}: every sample field declared once, read as declared, filled by one hook. */
final class FieldWiring {
  private FieldWiring() {}

  static void check(List<LossTerm> losses, List<SampleField> declared, List<EpochHook> hooks) {
    Map<String, SampleField> byName = new HashMap<>();
    for (SampleField f : declared) {
      if (byName.put(f.name(), f) != null) {
        throw new IllegalArgumentException("sample field '" + f.name() + "' is declared twice");
      }
    }
    Map<String, String> filledBy = new HashMap<>();
    for (int i = 0; i < hooks.size(); i++) {
      String hook = "hook " + i + " (" + hooks.get(i).getClass().getSimpleName() + ")";
      for (SampleField f : hooks.get(i).fills()) {
        requireDeclared(f, byName, hook + " fills");
        String other = filledBy.putIfAbsent(f.name(), hook);
        if (other != null) {
          throw new IllegalArgumentException("sample field '" + f.name() + "' is filled by two hooks: " + other + " and " + hook);
        }
      }
    }
    for (LossTerm t : losses) {
      t.fields().forEach((role, f) -> {
        String term = "loss term " + t.metricName() + " reads as '" + role + "'";
        requireDeclared(f, byName, term);
        if (!filledBy.containsKey(f.name())) {
          throw new IllegalArgumentException(term + " sample field '" + f.name() + "', which no hook fills"
              + (hooks.isEmpty() ? " (the plan has no hook)" : " (hooks fill " + filledBy.keySet() + ")"));
        }
      });
    }
    for (SampleField f : declared) {
      if (!filledBy.containsKey(f.name())) {
        throw new IllegalArgumentException("sample field '" + f.name() + "' is declared but no hook fills it");
      }
    }
  }

  private static void requireDeclared(SampleField f, Map<String, SampleField> byName, String who) {
    SampleField d = byName.get(f.name());
    if (d == null) {
      throw new IllegalArgumentException(who + " sample field '" + f.name() + "', which the plan does not declare (declared: "
          + byName.keySet() + ")");
    }
    if (d.width() != f.width()) {
      throw new IllegalArgumentException(who + " sample field '" + f.name() + "' of width " + f.width()
          + ", but the plan declares it with width " + d.width());
    }
  }
}
