package io.sae.data.user;

import io.sae.api.InvalidInputException;
import io.sae.api.data.DataContext;
import io.sae.api.data.Dataset;
import io.sae.api.data.DatasetSplit;
import io.sae.data.io.ClassLabels;
import io.sae.data.io.CsvData;
import io.sae.data.io.CsvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code csv:FILE[?label=COLUMN&test=FILE&delimiter=comma|semicolon|tab&header=auto|true|false]}. */
final class CsvFormat {
  static final Set<String> KEYS = Set.of("label", "delimiter", "header", "test", "test-fraction", "name");

  private CsvFormat() {}

  static DatasetSplit load(UserSpec spec, DataContext context) throws IOException {
    spec.allowOnly(KEYS);
    CsvReader.Options options = new CsvReader.Options(
        spec.has("delimiter") ? CsvReader.Options.parseDelimiter("delimiter= of dataset '" + spec.text() + "'", spec.get("delimiter")) : ',',
        spec.get("label"),
        header(spec));
    Path trainFile = spec.mainPath();
    Path testFile = spec.pathOf("test");
    CsvData train = CsvReader.read(trainFile, options);
    CsvData test = testFile == null ? null : CsvReader.read(testFile, options);
    if (test != null && test.features().cols() != train.features().cols()) {
      throw new InvalidInputException(
          testFile + " has " + test.features().cols() + " feature columns but " + trainFile + " has " + train.features().cols());
    }
    String name = UserDatasets.name(spec);
    List<String> classes = List.of();
    int[] trainLabels = unlabeled(train.features().rows());
    int[] testLabels = test == null ? null : unlabeled(test.features().rows());
    if (train.hasLabels()) {
      ClassLabels coding = test == null
          ? ClassLabels.infer(train.labelsIn(trainFile.toString()))
          : ClassLabels.infer(train.labelsIn(trainFile.toString()), test.labelsIn(testFile.toString()));
      classes = coding.classNames();
      trainLabels = coding.encode(trainFile.toString(), train.labelValues());
      testLabels = test == null ? null : coding.encode(testFile.toString(), test.labelValues());
    }
    int[] shape = {train.features().cols()};
    Dataset trainSet = new Dataset(name, train.features(), shape, trainLabels, classes);
    if (test == null) {
      return TestSplit.split(trainSet, UserDatasets.testFraction(spec), context.seed(), trainFile.toString(), context.log());
    }
    return new DatasetSplit(trainSet, new Dataset(name + "-test", test.features(), shape, testLabels, classes));
  }

  private static Boolean header(UserSpec spec) {
    String h = spec.has("header") ? spec.get("header").toLowerCase(Locale.ROOT) : "auto";
    return switch (h) {
      case "auto" -> null;
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidInputException("dataset '" + spec.text() + "': header= must be auto, true or false, got '" + spec.get("header") + "'");
    };
  }

  private static int[] unlabeled(int n) {
    int[] labels = new int[n];
    Arrays.fill(labels, Dataset.UNLABELED);
    return labels;
  }
}
