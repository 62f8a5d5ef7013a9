package io.sae.runtime.run;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The one-writer rule of a run or experiment folder: an exclusive lock on {@value #FILE} in the folder, held while
 * a command writes into it and released when it ends. The lock is the operating system's ({@link FileChannel#tryLock}),
 * so it goes away with the process that held it: a lock file left by a killed process is stale and is simply taken
 * over. The file records the holder's PID, so that a second writer is told who holds it.
 *
 * <p>The file itself is never deleted: deleting it on release would let a process that opened the old file lock it
 * while a third locks a new one.
 */
public final class RunLock implements AutoCloseable {
  /** The lock file's name inside the folder. */
  public static final String FILE = ".sae-lock";

  /**
   * Folders this process holds, with the thread holding each. The OS lock would let a second channel of this JVM in,
   * so another thread is refused here; the holding thread may take it again (work that runs inside a training, such
   * as an experiment scoring a stage from a listener, writes into the run it trains), and only its outermost
   * {@link #close} releases it.
   */
  private static final Map<Path, Holder> HELD = new HashMap<>();

  private static final class Holder {
    final Thread thread = Thread.currentThread();
    final FileChannel channel;
    final FileLock lock;
    int depth = 1;

    Holder(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }
  }

  private final Path folder;
  private boolean closed;

  private RunLock(Path folder) {
    this.folder = folder;
  }

  /**
   * Takes the lock of {@code folder}, which must exist.
   *
   * @param what what the folder is, for the message ({@code run folder}, {@code experiment folder})
   * @param doing what this process is about to do, recorded for a second writer's message ({@code training})
   * @throws InvalidInputException when another process (or this one) holds it, naming the holder's PID
   */
  public static RunLock acquire(Path folder, String what, String doing) throws IOException {
    Path key = folder.toAbsolutePath().normalize();
    Path file = folder.resolve(FILE);
    synchronized (HELD) {
      Holder held = HELD.get(key);
      if (held != null && held.thread == Thread.currentThread()) {
        held.depth++;
        return new RunLock(key);
      }
      if (held != null) {
        throw new InvalidInputException(what + " " + folder + " is in use by this process (PID " + ProcessHandle.current().pid()
            + ", thread " + held.thread.getName() + "); one writer at a time");
      }
      FileChannel channel;
      try {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      } catch (java.nio.file.AccessDeniedException e) {
        throw new InvalidInputException(what + " " + folder + ": no permission to write " + file, e);
      }
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      } catch (IOException e) {
        channel.close();
        throw e;
      }
      if (lock == null) {
        channel.close();
        throw new InvalidInputException(what + " " + folder + " is in use by another process (" + holder(file)
            + "); wait for it to end or stop it, one writer at a time");
      }
      String record = "pid=" + ProcessHandle.current().pid() + " since=" + Instant.now() + " doing=" + doing + "\n";
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(record.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      HELD.put(key, new Holder(channel, lock));
      return new RunLock(key);
    }
  }

  /**
   * Creates experiment folder {@code out} if needed and takes its lock (one experiment per folder at a time).
   *
   * @throws InvalidInputException when {@code out} is a file or cannot be created, or another process holds it
   */
  public static RunLock experiment(Path out) throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new InvalidInputException("experiment folder " + out + " is a file, not a folder (use another --out)");
    }
    try {
      Files.createDirectories(out);
    } catch (java.nio.file.FileSystemException e) {
      throw new InvalidInputException("experiment folder " + out + " cannot be created (" + e.getClass().getSimpleName() + " at " + e.getFile() + ")", e);
    }
    return acquire(out, "experiment folder", "running an experiment");
  }

  /** The holder as its lock file records it ({@code PID 1234, training since ...}). */
  static String holder(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).trim();
      String pid = field(text, "pid");
      if (pid == null) {
        return "PID unknown: " + file + " records none";
      }
      String doing = field(text, "doing");
      String since = field(text, "since");
      return "PID " + pid + (doing == null ? "" : ", " + doing) + (since == null ? "" : " since " + since);
    } catch (IOException e) {
      return "PID unknown: " + file + " cannot be read";
    }
  }

  /** A field of the record; {@code doing}, written last, runs to the end of the line (it may hold spaces). */
  private static String field(String text, String name) {
    if (name.equals("doing")) {
      int at = text.indexOf(" doing=");
      return at < 0 ? null : text.substring(at + " doing=".length());
    }
    for (String part : text.split(" ")) {
      if (part.startsWith(name + "=")) {
        return part.substring(name.length() + 1);
      }
    }
    return null;
  }

  /** Releases the lock when this is the holder's outermost acquisition (the file stays; see the class comment). */
  @Override
  public void close() throws IOException {
    synchronized (HELD) {
      if (closed) {
        return; // a second close of one acquisition must not release an outer one
      }
      closed = true;
      Holder held = HELD.get(folder);
      if (held == null || --held.depth > 0) {
        return;
      }
      HELD.remove(folder);
      try {
        held.lock.release();
      } finally {
        held.channel.close();
      }
    }
  }
}
