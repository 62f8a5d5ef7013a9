package io.sae.api.method;

/**
 * A per-sample input of the graph that an {@link EpochHook} computes on the host (latent targets and masks,
 * shifted reconstruction targets, prior means). The trainer feeds the rows of each mini-batch. It is a typed key:
 * declared once in the plan, the same object is what the hook {@linkplain EpochHook#fills() fills} (with
 * {@link HookResult.Builder#put}) and what a {@link LossTerm} {@linkplain LossTerm#withField reads}; the plan
 * refuses a field read but not filled, filled but not declared, or declared with another width.
 *
 * @param name field name, unique in a plan (also names the graph placeholder)
 * @param width values per sample
 */
public record SampleField(String name, int width) {
  public SampleField {
    if (width < 1) throw new IllegalArgumentException("sample field " + name + " needs a positive width, got " + width);
  }
}
