package io.sae.runtime.data;

import io.sae.data.Sha256;
import io.sae.data.user.UserDatasets;
import io.sae.runtime.SaeRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What a run's data were when it trained, recorded in {@code config.json}: size and SHA-256 of every user data
 * file and grouping file it read, and the classes with their sample counts. A later command that prepares the
 * run's data again compares (see {@code RunConfig.prepareData}), so an edited CSV cannot silently stand in for the
 * data the model learned from. Built-in datasets are verified by their own SHA-256 on every load; in-memory
 * datasets have no files, so for them only the classes and counts are compared.
 *
 * @param files every data file read, in a fixed order
 * @param classes class names, in index order
 * @param trainCounts training samples per class (after limit and grouping)
 * @param testCounts test samples per class (after limit and grouping)
 */
public record DataFingerprint(List<FileSum> files, List<String> classes, List<Integer> trainCounts, List<Integer> testCounts) {
  /**
   * One file as it was read.
   *
   * @param path the path as the data spec names it
   * @param size its size in bytes
   * @param sha256 its SHA-256, lower-case hex
   */
  public record FileSum(String path, long size, String sha256) {}

  public DataFingerprint {
    files = List.copyOf(files);
    classes = List.copyOf(classes);
    trainCounts = List.copyOf(trainCounts);
    testCounts = List.copyOf(testCounts);
  }

  /** The fingerprint of {@code data}, prepared from {@code request}. */
  public static DataFingerprint of(DataRequest request, PreparedData data, SaeRuntime runtime) throws IOException {
    return new DataFingerprint(files(request, runtime), data.fullTrain().classNames(), boxed(data.fullTrain().classCounts()),
        boxed(data.test().classCounts()));
  }

  /** Size and SHA-256 of every user data file and grouping file {@code request} reads, without loading the data. */
  public static List<FileSum> files(DataRequest request, SaeRuntime runtime) throws IOException {
    List<Path> paths = new ArrayList<>();
    if (UserDatasets.isUserSpec(request.dataset())) {
      paths.addAll(UserDatasets.files(request.dataset()));
    }
    String grouping = request.grouping();
    if (grouping != null && !grouping.isBlank() && !runtime.groupings().containsKey(grouping) && Files.isRegularFile(Path.of(grouping))) {
      paths.add(Path.of(grouping));
    }
    List<FileSum> files = new ArrayList<>();
    for (Path p : paths) {
      files.add(new FileSum(p.toString(), Files.size(p), Sha256.of(p)));
    }
    return files;
  }

  /**
   * How {@code now} differs from this (the fingerprint at training), one line per difference; empty when equal.
   */
  public List<String> changesTo(DataFingerprint now) {
    List<String> out = fileChangesTo(now.files);
    if (!classes.equals(now.classes)) {
      out.add("classes " + classes + " when trained, " + now.classes + " now");
    } else {
      if (!trainCounts.equals(now.trainCounts)) {
        out.add("training samples per class " + trainCounts + " when trained, " + now.trainCounts + " now");
      }
      if (!testCounts.equals(now.testCounts)) {
        out.add("test samples per class " + testCounts + " when trained, " + now.testCounts + " now");
      }
    }
    return out;
  }

  /** How the files {@code now} differ from those at training, one line per file; empty when equal. */
  public List<String> fileChangesTo(List<FileSum> now) {
    List<String> out = new ArrayList<>();
    Map<String, FileSum> then = new LinkedHashMap<>();
    files.forEach(f -> then.put(f.path(), f));
    Map<String, FileSum> current = new LinkedHashMap<>();
    now.forEach(f -> current.put(f.path(), f));
    for (FileSum f : files) {
      FileSum n = current.get(f.path());
      if (n == null) {
        out.add(f.path() + " is no longer read");
      } else if (n.size() != f.size() || !n.sha256().equals(f.sha256())) {
        out.add(f.path() + " changed (" + describe(f) + " when trained, " + describe(n) + " now)");
      }
    }
    now.stream().filter(f -> !then.containsKey(f.path())).forEach(f -> out.add(f.path() + " is new (" + describe(f) + ")"));
    return out;
  }

  private static String describe(FileSum f) {
    return String.format("%,d bytes, SHA-256 %s...", f.size(), f.sha256().substring(0, 12));
  }

  private static List<Integer> boxed(int[] v) {
    return IntStream.of(v).boxed().toList();
  }
}
