package io.sae.runtime.run;

import java.nio.file.Path;

/** Holds the lock of folder {@code args[0]} in a separate process until its standard input closes (RunLockTest). */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (RunLock lock = RunLock.acquire(Path.of(args[0]), "run folder", "training")) {
      System.out.println("locked " + ProcessHandle.current().pid());
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the test to close our input
      }
    }
  }
}
