package io.sae.runtime.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20, item 8: one writer per run folder. */
class RunLockTest {
  @TempDir Path tmp;

  @Test
  void aSecondWriterInThisProcessIsRefusedUntilTheFirstCloses() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("r"));
    try (RunLock first = RunLock.acquire(dir, "run folder", "training")) {
      java.util.concurrent.atomic.AtomicReference<Throwable> other = new java.util.concurrent.atomic.AtomicReference<>();
      Thread t = new Thread(() -> {
        try {
          RunLock.acquire(dir, "run folder", "evaluating").close();
        } catch (Throwable e) {
          other.set(e);
        }
      }, "second-writer");
      t.start();
      t.join();
      assertThat(other.get())
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("run folder " + dir + " is in use by this process (PID " + ProcessHandle.current().pid() + ", thread "
              + Thread.currentThread().getName() + "); one writer at a time");
      // the holding thread may take it again (an experiment scoring a stage inside the training); only the outer close
      // releases, and closing the inner one twice does not count twice
      RunLock inner = RunLock.acquire(dir, "run folder", "clustering");
      inner.close();
      inner.close();
      Thread u = new Thread(() -> {
        try {
          RunLock.acquire(dir, "run folder", "evaluating").close();
        } catch (Throwable e) {
          other.set(e);
        }
      });
      other.set(null);
      u.start();
      u.join();
      assertThat(other.get()).as("still held after the inner close").isInstanceOf(InvalidInputException.class);
    }
    try (RunLock again = RunLock.acquire(dir, "run folder", "evaluating")) {
      assertThat(Files.readString(dir.resolve(RunLock.FILE))).startsWith("pid=" + ProcessHandle.current().pid() + " since=").contains("doing=evaluating");
    }
  }

  @Test
  void aLockHeldByAnotherProcessNamesItsPidAndIsFreeOnceItEnds() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("r"));
    String java = ProcessHandle.current().info().command().orElseThrow();
    Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), dir.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).isEqualTo("locked " + holder.pid());
      assertThatThrownBy(() -> RunLock.acquire(dir, "run folder", "training"))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("run folder " + dir + " is in use by another process (PID " + holder.pid() + ", training since ")
          .hasMessageEndingWith("; wait for it to end or stop it, one writer at a time");
    } finally {
      holder.getOutputStream().close();
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    try (RunLock mine = RunLock.acquire(dir, "run folder", "training")) {
      assertThat(Files.readString(dir.resolve(RunLock.FILE))).startsWith("pid=" + ProcessHandle.current().pid());
    }
  }

  @Test
  void theHoldersActivityIsNamedWholeEvenWithSpaces() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("e"));
    Files.writeString(dir.resolve(RunLock.FILE), "pid=4242 since=2026-12-02T00:00:00Z doing=running an experiment\n");
    assertThat(RunLock.holder(dir.resolve(RunLock.FILE))).isEqualTo("PID 4242, running an experiment since 2026-12-02T00:00:00Z");
  }

  @Test
  void aLockFileLeftByADeadProcessIsStaleAndTakenOver() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("r"));
    // what a kill -9 leaves: the record of a process that no longer holds the OS lock
    Files.writeString(dir.resolve(RunLock.FILE), "pid=999999999 since=2026-01-01T00:00:00Z doing=training\n");
    try (RunLock lock = RunLock.acquire(dir, "run folder", "training")) {
      assertThat(Files.readString(dir.resolve(RunLock.FILE))).startsWith("pid=" + ProcessHandle.current().pid());
    }
  }

  @Test
  void createReplacesARunThatNeverFinishedAnEpochAndKeepsAnythingElse() throws Exception {
    Path dir = tmp.resolve("r");
    List<String> log = new ArrayList<>();
    try (RunDirectory run = RunDirectory.create(dir, log::add)) {
      run.writeStatus(new RunStatus(RunStatus.State.FAILED, 0, 5, -1, "last epoch", "boom", "t"));
      Files.writeString(run.configFile(), "{}");
    }
    try (RunDirectory again = RunDirectory.create(dir, log::add)) {
      assertThat(log).containsExactly("run folder " + dir + " holds a run that never finished an epoch; replacing it");
      assertThat(Files.exists(again.configFile())).isFalse();
      assertThat(Files.isDirectory(dir.resolve("checkpoint"))).isTrue();
      again.writeStatus(new RunStatus(RunStatus.State.COMPLETE, 5, 5, 4, "last epoch", "", "t"));
      Files.writeString(again.configFile(), "{}");
    }
    assertThatThrownBy(() -> RunDirectory.create(dir, log::add))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("run folder " + dir + " already exists and is not empty (use another --out, or --resume " + dir + ")");
    Path foreign = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(foreign.resolve("notes.txt"), "keep me");
    assertThatThrownBy(() -> RunDirectory.create(foreign, log::add)).hasMessageContaining("already exists and is not empty");
    assertThat(foreign.resolve("notes.txt")).hasContent("keep me");
  }
}
