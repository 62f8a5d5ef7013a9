package io.sae.cli.fuzz;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One input format under fuzzing: valid seed files, which of them to mutate and how, and what to feed them to.
 *
 * @param format the name in the summary line and in replay instructions
 * @param files every file of one input (relative path to content), written into a fresh folder per case
 * @param mutable the files a case may mutate, with what the mutator knows about each
 * @param encode turns a mutated file's bytes into what is written (e.g. gzip), per file; absent: as is
 * @param load feeds the folder to the code under test; returns normally when the input loaded
 * @param maxAllocatedBytes most bytes one case may allocate on the heap (its thread), or -1 for no bound
 */
record FuzzTarget(
    String format,
    Map<String, byte[]> files,
    Map<String, Mutator.Profile> mutable,
    Map<String, UnaryOperator<byte[]>> encode,
    Loader load,
    long maxAllocatedBytes) {

  /** Feeds one case's folder to the code under test. */
  @FunctionalInterface
  interface Loader {
    /**
     * @return what happened, when the code under test did not throw
     * @throws Exception whatever the code under test threw (classified by the runner)
     */
    FuzzRunner.Outcome load(Path dir) throws Exception;
  }

  FuzzTarget {
    files = new LinkedHashMap<>(files);
    mutable = new LinkedHashMap<>(mutable);
    encode = Map.copyOf(encode);
  }

  /** A target whose every input is one file. */
  static FuzzTarget single(String format, String file, byte[] content, Mutator.Profile profile, Loader load, long maxAllocated) {
    return new FuzzTarget(format, Map.of(file, content), Map.of(file, profile), Map.of(), load, maxAllocated);
  }

  /** Total size of the seed files, for allocation bounds. */
  long seedBytes() {
    return files.values().stream().mapToLong(b -> b.length).sum();
  }
}
