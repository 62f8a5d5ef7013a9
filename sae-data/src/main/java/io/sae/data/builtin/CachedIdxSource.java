package io.sae.data.builtin;

import io.sae.api.data.DataContext;
import io.sae.api.data.Dataset;
import io.sae.api.data.DatasetSource;
import io.sae.api.data.DatasetSplit;
import java.io.IOException;
import java.util.List;

/**
 * A dataset of four verified IDX files (train images, train labels, test images, test labels) kept in
 * {@code <cache>/<name>/}: loading fetches what is missing (how is up to the subclass), verifies every file
 * by SHA-256 and reads the official split.
 */
abstract class CachedIdxSource implements DatasetSource {
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

  /** Brings the missing files of {@code cache} in (verified, moved into place only when complete). */
  abstract void fetch(FileCache cache, DataContext context) throws IOException;
}
