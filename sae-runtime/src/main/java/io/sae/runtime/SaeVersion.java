package io.sae.runtime;

/** The version of sae that is running, as recorded in every run's {@code config.json}. */
public final class SaeVersion {
  private SaeVersion() {}

  /** The implementation version from the jar manifest, or "dev" when running from classes. */
  public static String current() {
    String v = SaeVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
