package io.sae.cli.fuzz;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs seeded mutation cases of a {@link FuzzTarget} and checks the property every input must have: it loads, or it
 * ends in an {@link InvalidInputException} whose message is one non-empty line; never another exception or error,
 * never longer than the time box, never more heap than the target allows (a huge declared size must not be
 * allocated up front). Case {@code i} of a format draws its edits from {@code Random(mix(seed, format, i))}, so
 * {@code -Dsae.fuzz.seed=S -Dsae.fuzz.case=FORMAT:i} replays it alone.
 */
final class FuzzRunner {
  /** Seed of every case; {@code -Dsae.fuzz.seed} replays another run. */
  static final long SEED = Long.getLong("sae.fuzz.seed", 20_20_2026L);
  /** {@code FORMAT:i} runs that one case only. */
  private static final String ONLY = System.getProperty("sae.fuzz.case");
  /** Multiplies every format's case count (longer runs by hand, e.g. {@code -Dsae.fuzz.scale=10}). */
  private static final double SCALE = Double.parseDouble(System.getProperty("sae.fuzz.scale", "1"));

  /** What a case did when it did not break the property. */
  enum Outcome { LOADED, REJECTED }

  /**
   * The counts of one format.
   *
   * @param failures one report per case that broke the property (with its replay line)
   */
  record Summary(String format, int cases, int loaded, int rejected, List<String> failures, double seconds) {
    String line() {
      return String.format(Locale.ROOT, "fuzz %-16s %5d cases: %5d loaded, %5d rejected with one line (InvalidInputException), %d failed, %.1f s, seed %d",
          format, cases, loaded, rejected, failures.size(), seconds, SEED);
    }
  }

  private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final Path work;
  private final long timeoutSeconds;
  private ExecutorService executor = newExecutor();

  FuzzRunner(Path work, long timeoutSeconds) {
    this.work = work;
    this.timeoutSeconds = timeoutSeconds;
  }

  /** Runs {@code cases} cases (times {@code sae.fuzz.scale}) of {@code target} and prints its summary line. */
  Summary run(FuzzTarget target, int cases) throws IOException {
    long start = System.nanoTime();
    int n = (int) Math.max(1, Math.round(cases * SCALE));
    int loaded = 0;
    int rejected = 0;
    int ran = 0;
    List<String> failures = new ArrayList<>();
    List<String> names = new ArrayList<>(new java.util.TreeSet<>(target.mutable().keySet())); // sorted: Map.of order differs between JVMs
    // the unmutated input must load, or every case is rejected for the seed's own fault and the count means nothing
    Path seedDir = work.resolve(target.format() + "-seed");
    writeCase(target, seedDir, "", new byte[0]);
    try {
      if (runBoxed(target, seedDir) != Outcome.LOADED) {
        throw new IllegalStateException("fuzz " + target.format() + ": the unmutated seed input is rejected");
      }
    } catch (CaseFailure f) {
      throw new IllegalStateException("fuzz " + target.format() + ": the unmutated seed input fails: " + f.getMessage());
    }
    deleteTree(seedDir);
    for (int i = 0; i < n; i++) {
      if (ONLY != null && !ONLY.equals(target.format() + ":" + i)) {
        continue;
      }
      ran++;
      Random random = new Random(mix(SEED, target.format(), i));
      String file = names.get(random.nextInt(names.size()));
      byte[] seed = target.files().get(file);
      List<Edit> edits = Mutator.mutations(seed, target.mutable().get(file), random);
      Path dir = work.resolve(target.format() + "-" + i);
      writeCase(target, dir, file, Mutator.apply(seed, edits));
      String problem;
      try {
        Outcome o = runBoxed(target, dir);
        if (o == Outcome.LOADED) {
          loaded++;
        } else {
          rejected++;
        }
        problem = null;
      } catch (CaseFailure f) {
        problem = f.getMessage();
      }
      if (problem != null) {
        Path kept = work.resolveSibling("fuzz-failures").resolve(target.format() + "-" + i);
        deleteTree(kept);
        Files.createDirectories(kept.getParent());
        Files.move(dir, kept);
        failures.add("fuzz " + target.format() + " case " + i + ": " + file + " mutated by " + edits + ": " + problem
            + " [input kept in " + kept + "; replay: -Dsae.fuzz.seed=" + SEED + " -Dsae.fuzz.case=" + target.format() + ":" + i + "]");
      } else {
        deleteTree(dir);
      }
    }
    Summary s = new Summary(target.format(), ran, loaded, rejected, failures, (System.nanoTime() - start) / 1e9);
    System.out.println(s.line());
    failures.stream().limit(5).forEach(f -> System.out.println("  " + f));
    if (failures.size() > 5) {
      System.out.println("  ... and " + (failures.size() - 5) + " more failures");
    }
    return s;
  }

  private static final class CaseFailure extends Exception {
    CaseFailure(String message) {
      super(message);
    }
  }

  private Outcome runBoxed(FuzzTarget target, Path dir) throws CaseFailure {
    Future<Object> result = executor.submit(() -> {
      long before = THREADS.getCurrentThreadAllocatedBytes();
      Object r;
      try {
        r = target.load().load(dir);
      } catch (Throwable t) {
        r = t;
      }
      long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
      if (target.maxAllocatedBytes() >= 0 && allocated > target.maxAllocatedBytes()) {
        return new CaseFailure(String.format(Locale.ROOT, "allocated %,d bytes (bound %,d) and then %s", allocated, target.maxAllocatedBytes(),
            r instanceof Throwable t ? "threw " + t : "returned " + r));
      }
      return r;
    });
    Object r;
    try {
      r = result.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      executor.shutdownNow();
      executor = newExecutor(); // the stuck thread is abandoned; the next cases get a fresh one
      throw new CaseFailure("did not finish within " + timeoutSeconds + " s (hang)");
    } catch (InterruptedException | ExecutionException e) {
      throw new CaseFailure("runner: " + e);
    }
    if (r instanceof CaseFailure f) {
      throw f;
    }
    if (r instanceof Outcome o) {
      return o;
    }
    if (r instanceof InvalidInputException e) {
      String m = e.getMessage();
      if (m == null || m.isBlank() || m.contains("\n") || m.contains("\r")) {
        throw new CaseFailure("InvalidInputException without a one-line message: " + (m == null ? "null" : m.replace("\n", "\\n").replace("\r", "\\r")));
      }
      return Outcome.REJECTED;
    }
    if (r instanceof Throwable t) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      throw new CaseFailure("threw " + trace.toString().lines().limit(8).reduce((a, b) -> a + " | " + b.strip()).orElse(t.toString()));
    }
    throw new CaseFailure("loader returned " + r);
  }

  private static void writeCase(FuzzTarget target, Path dir, String mutated, byte[] content) throws IOException {
    deleteTree(dir);
    for (Map.Entry<String, byte[]> e : target.files().entrySet()) {
      byte[] bytes = e.getKey().equals(mutated) ? content : e.getValue();
      var enc = target.encode().get(e.getKey());
      Path p = dir.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, enc == null ? bytes : enc.apply(bytes));
    }
  }

  static long mix(long seed, String format, int i) {
    long h = seed * 0x9E3779B97F4A7C15L + format.hashCode() * 0xC2B2AE3D27D4EB4FL + i;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }

  private static ExecutorService newExecutor() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz-case");
      t.setDaemon(true);
      return t;
    });
  }
}
