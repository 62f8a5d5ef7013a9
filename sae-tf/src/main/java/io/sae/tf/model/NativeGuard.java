package io.sae.tf.model;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Lets many threads run inference at once while making {@code close} wait for them: running a session whose
 * native memory was freed would crash the JVM instead of throwing.
 */
final class NativeGuard {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final String what;
  private boolean closed;

  NativeGuard(String what) {
    this.what = what;
  }

  /** Runs {@code work} unless closed; any number of threads at once. */
  <T> T read(Supplier<T> work) {
    lock.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException(what + " is closed");
      }
      return work.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Waits for running work, then runs {@code release} once; later calls do nothing. */
  void close(Runnable release) {
    lock.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        release.run();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }
}
