package io.sae.api.model;

import java.util.List;

/**
 * What a trained model is: which method made it, its shapes and its outputs.
 *
 * @param method registry name of the structuring method
 * @param architecture the architecture it was built from
 * @param classNames names of the classes its labels refer to (after grouping)
 */
public record ModelInfo(String method, ArchitectureSpec architecture, List<String> classNames) {
  public ModelInfo { classNames = List.copyOf(classNames); }

  public int latentDim() { return architecture.latentDim(); }

  public boolean hasDecoder() { return architecture.decoder(); }

  public boolean hasClassifierHead() { return architecture.classifierHead().isPresent(); }
}
