package io.sae.cli;

import picocli.CommandLine;

/** The version shown by {@code sae --version}, from the jar manifest. */
public final class Version implements CommandLine.IVersionProvider {
  /** The implementation version, or "dev" when running from classes. */
  public static String current() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"sae " + current(), "TensorFlow Java 1.1.0, JVM " + System.getProperty("java.version")};
  }
}
