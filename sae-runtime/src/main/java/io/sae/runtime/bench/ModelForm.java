package io.sae.runtime.bench;

/** Which implementation of {@code SaeModel} an inference measurement ran. */
public enum ModelForm {
  /** {@code TfModel}: the trained weights in an in-process inference graph. */
  IN_PROCESS("in-process"),
  /** {@code SavedModelSaeModel}: the model exported as by {@code sae export} and loaded back. */
  SAVED_MODEL("SavedModel");

  private final String label;

  ModelForm(String label) {
    this.label = label;
  }

  /** The name sae bench prints. */
  public String label() {
    return label;
  }
}
