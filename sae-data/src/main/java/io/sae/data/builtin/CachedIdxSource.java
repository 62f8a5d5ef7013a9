package io.sae.data.builtin;

import io.sae.api.InvalidInputException;
import io.sae.api.data.DataContext;
import io.sae.api.data.Dataset;
import io.sae.api.data.DatasetSource;
import io.sae.api.data.DatasetSplit;
import io.sae.data.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A dataset of four verified IDX files (train images, train labels, test images, test labels) kept in
 * {@code <cache>/<name>/}: loading fetches what is missing (how is up to the subclass), verifies every file
 * by SHA-256 and reads the official split.
 */
abstract class CachedIdxSource implements DatasetSource, OfficialFiles {
  private final String name;
  private final List<VerifiedFile> files;
  private final List<String> classNames;

  /**
   * @param files train images, train labels, test images, test labels, in that order
   */
  CachedIdxSource(String name, List<VerifiedFile> files, List<String> classNames) {
    this.name = name;
    this.files = List.copyOf(files);
    this.classNames = List.copyOf(classNames);
  }

  @Override
  public final String name() {
    return name;
  }

  final List<VerifiedFile> files() {
    return files;
  }

  final FileCache cache(DataContext context) {
    return new FileCache(name, context.cacheDir().resolve(name), files);
  }

  @Override
  public final boolean isCached(DataContext context) {
    return cache(context).complete();
  }

  @Override
  public final java.util.Optional<String> cacheProblem(DataContext context) throws IOException {
    return cache(context).problem();
  }

  @Override
  public final DatasetSplit load(DataContext context) throws IOException {
    FileCache cache = cache(context);
    if (!cache.complete()) {
      fetch(cache, context);
    }
    cache.verifyAll();
    Dataset train = IdxPair.load(name, cache.path(files.get(0)), cache.path(files.get(1)), classNames);
    Dataset test = IdxPair.load(name + "-test", cache.path(files.get(2)), cache.path(files.get(3)), classNames);
    return new DatasetSplit(train, test);
  }

  @Override
  public final List<String> officialFiles() {
    return files.stream().map(VerifiedFile::describe).toList();
  }

  @Override
  public final int installFrom(Path dir, DataContext context) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new InvalidInputException("--from " + dir + ": no such folder");
    }
    FileCache cache = cache(context);
    List<VerifiedFile> needed = new ArrayList<>();
    for (VerifiedFile f : files) {
      if (!Files.isRegularFile(cache.path(f)) || !Sha256.matches(cache.path(f), f.sha256())) {
        needed.add(f);
      }
    }
    List<String> missing = new ArrayList<>();
    List<String> mismatched = new ArrayList<>();
    for (VerifiedFile f : needed) {
      Path source = dir.resolve(f.name());
      if (!Files.isRegularFile(source)) {
        missing.add(f.name());
      } else {
        String actual = Sha256.of(source);
        if (!actual.equalsIgnoreCase(f.sha256())) {
          mismatched.add(f.name() + " has SHA-256 " + actual + ", expected " + f.sha256());
        }
      }
    }
    if (!missing.isEmpty() || !mismatched.isEmpty()) {
      List<String> problems = new ArrayList<>();
      if (!missing.isEmpty()) {
        problems.add("missing " + String.join(", ", missing));
      }
      if (!mismatched.isEmpty()) {
        problems.add("not the official file: " + String.join("; ", mismatched));
      }
      throw new InvalidInputException("--from " + dir + ": nothing installed for " + name + ": " + String.join("; ", problems)
          + " (" + name + " needs " + String.join(", ", officialFiles()) + ")");
    }
    Path staging = null;
    try {
      staging = cache.newStagingDir();
      for (VerifiedFile f : needed) {
        // copy into staging first: the rename into the cache is then atomic, and install() checks the hash again
        Path staged = staging.resolve(f.name());
        Files.copy(dir.resolve(f.name()), staged, StandardCopyOption.REPLACE_EXISTING);
        cache.install(staged, f, dir.resolve(f.name()).toString());
      }
    } finally {
      FileCache.deleteTree(staging);
    }
    return needed.size();
  }

  /** Brings the missing files of {@code cache} in (verified, moved into place only when complete). */
  abstract void fetch(FileCache cache, DataContext context) throws IOException;
}
