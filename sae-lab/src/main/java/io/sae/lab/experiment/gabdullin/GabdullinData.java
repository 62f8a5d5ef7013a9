package io.sae.lab.experiment.gabdullin;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.data.LabelSelection;
import io.sae.data.io.NpyWriter;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.DataRequest;
import io.sae.runtime.data.PreparedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The class subset of paper 003's experiment as .npy files the runs read through {@code --dataset npy:...}:
 * training and test samples of the chosen classes (labels renumbered 0..n-1 in the order given), and the test
 * samples of the held-out class. The files are written once and reused by a restarted experiment.
 *
 * @param spec the {@code --dataset} value for the runs
 * @param classNames names of the kept classes, in label order
 * @param heldOutName name of the held-out class
 * @param heldOut the held-out class's test samples
 */
record GabdullinData(String spec, List<String> classNames, String heldOutName, Dataset heldOut) {

  static GabdullinData write(SaeRuntime services, Path dir, String dataset, List<Integer> classes, int heldOutClass, int perClassTrain)
      throws IOException {
    PreparedData d = new DataRequest(dataset, null, LabelSelection.ALL, 0, 1, 0, 0, List.of()).prepare(services);
    List<String> all = d.fullTrain().classNames();
    for (int c : classes) {
      if (c < 0 || c >= all.size()) {
        throw new InvalidInputException("--classes: " + c + " is not a class of " + dataset + " (0.." + (all.size() - 1) + ")");
      }
    }
    if (classes.contains(heldOutClass) || heldOutClass < 0 || heldOutClass >= all.size()) {
      throw new InvalidInputException("--held-out " + heldOutClass + " must be a class of " + dataset + " not in --classes");
    }
    Files.createDirectories(dir);
    Path xTrain = dir.resolve("train-x.npy");
    Path yTrain = dir.resolve("train-y.npy");
    Path xTest = dir.resolve("test-x.npy");
    Path yTest = dir.resolve("test-y.npy");
    writeSubset(d.fullTrain(), classes, perClassTrain, xTrain, yTrain);
    writeSubset(d.test(), classes, 0, xTest, yTest);
    List<String> names = classes.stream().map(all::get).toList();
    int[] held = IntStream.range(0, d.test().size()).filter(i -> d.test().label(i) == heldOutClass).toArray();
    String spec = "npy:" + xTrain.toAbsolutePath() + "?labels=" + yTrain.toAbsolutePath() + "&test=" + xTest.toAbsolutePath()
        + "&test-labels=" + yTest.toAbsolutePath() + "&name=" + dataset + "-" + classes.size();
    return new GabdullinData(spec, names, all.get(heldOutClass), d.test().subset("held-out", held));
  }

  /** The first {@code perClass} samples of each kept class (0: all), in dataset order, renumbered. */
  private static void writeSubset(Dataset d, List<Integer> classes, int perClass, Path x, Path y) throws IOException {
    List<Integer> rows = new ArrayList<>();
    int[] taken = new int[classes.size()];
    for (int i = 0; i < d.size(); i++) {
      int k = classes.indexOf(d.label(i));
      if (k >= 0 && (perClass == 0 || taken[k] < perClass)) {
        taken[k]++;
        rows.add(i);
      }
    }
    int[] idx = rows.stream().mapToInt(Integer::intValue).toArray();
    int[] labels = new int[idx.length];
    for (int j = 0; j < idx.length; j++) {
      labels[j] = classes.indexOf(d.label(idx[j]));
    }
    if (!Files.exists(x)) {
      NpyWriter.writeMatrix(x, d.subset("subset", idx).features());
    }
    if (!Files.exists(y)) {
      NpyWriter.writeLabels(y, labels);
    }
  }
}
