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
import java.util.HashSet;
import java.util.Set;

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

  /** Folders this process holds: a second lock from the same JVM is refused as well (the OS would allow it). */
  private static final Set<Path> HELD = new HashSet<>();

  private final Path folder;
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(Path folder, FileChannel channel, FileLock lock) {
    this.folder = folder;
    this.channel = channel;
    this.lock = lock;
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
      if (HELD.contains(key)) {
        throw new InvalidInputException(what + " " + folder + " is in use by this process (PID " + ProcessHandle.current().pid()
            + "); one writer at a time");
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
      HELD.add(key);
      return new RunLock(key, channel, lock);
    }
  }

  /** The holder as its lock file records it ({@code PID 1234, training since ...}). */
  private static String holder(Path file) {
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

  private static String field(String text, String name) {
    for (String part : text.split(" ")) {
      if (part.startsWith(name + "=")) {
        return part.substring(name.length() + 1);
      }
    }
    return null;
  }

  /** Releases the lock (the file stays; see the class comment). */
  @Override
  public void close() throws IOException {
    synchronized (HELD) {
      HELD.remove(folder);
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
