package io.sae.serve;

import io.sae.api.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models a server answers for, by name. A name can be pointed at a new model while the server runs (the
 * explorer does after retraining); requests already holding the old one finish on it, and it is closed once
 * the swap is done ({@link io.sae.api.model.SaeModel#close()} waits for running calls).
 */
public final class ModelSet implements AutoCloseable {
  private final Map<String, ServedModel> byName = new ConcurrentHashMap<>();

  /** @throws InvalidInputException when two models share a name (the caller still owns, and closes, the models) */
  public ModelSet(Collection<ServedModel> models) {
    for (ServedModel m : models) {
      if (byName.putIfAbsent(m.name(), m) != null) {
        throw new InvalidInputException("two models are named '" + m.name() + "': name them with NAME=PATH");
      }
    }
  }

  /** The model named {@code name}, or null. */
  public ServedModel get(String name) {
    return byName.get(name);
  }

  /** Names, sorted. */
  public List<String> names() {
    List<String> out = new ArrayList<>(byName.keySet());
    out.sort(null);
    return out;
  }

  /** Serves {@code next} under its name from now on and closes the model it replaces. */
  public void replace(ServedModel next) {
    ServedModel old = byName.put(next.name(), next);
    if (old != null && old.model() != next.model()) {
      old.model().close();
    }
  }

  @Override
  public void close() {
    byName.values().forEach(m -> m.model().close());
    byName.clear();
  }
}
