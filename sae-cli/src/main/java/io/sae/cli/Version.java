package io.sae.cli;

import io.sae.runtime.SaeVersion;
import picocli.CommandLine;

/** The version shown by {@code sae --version}. */
public final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"sae " + SaeVersion.current(), "TensorFlow Java 1.1.0, JVM " + System.getProperty("java.version")};
  }
}
