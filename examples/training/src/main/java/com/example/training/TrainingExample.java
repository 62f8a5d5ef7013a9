package com.example.training;

import io.sae.api.data.FloatMatrix;
import io.sae.data.io.IdxReader;
import io.sae.data.io.ShapedArray;
import io.sae.api.model.SaeModel;
import io.sae.lab.Sae;
import io.sae.lab.TrainedRun;
import io.sae.lab.evaluate.EvaluationResult;
import io.sae.runtime.data.InMemoryDataset;
import io.sae.runtime.train.Training;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Trains a structuring autoencoder from Java on samples the program holds in memory, evaluates it and prints the
 * typed results: the whole public training API in one screen.
 *
 * <pre>
 * java -jar sae-training-example.jar IMAGES.idx LABELS.idx OUT_DIR
 * </pre>
 *
 * The IDX files are only where this program gets its matrix from (MNIST's, for instance); sae sees a
 * {@link FloatMatrix} and an {@code int[]}, not a dataset name.
 */
public final class TrainingExample {
  private TrainingExample() {}

  /**
   * What the example measured.
   *
   * @param svmTestError test error of the linear SVM on the latents
   * @param methodTestError test error of the method's own latent classifier
   * @param rmse test reconstruction RMSE
   * @param latentShape rows x columns of the encoded test matrix
   */
  public record Summary(double svmTestError, double methodTestError, double rmse, int[] latentShape) {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: TrainingExample IMAGES.idx LABELS.idx OUT_DIR");
      System.exit(2);
    }
    run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), System.out);
  }

  /** Trains {@code sae} on the first 3,000 images (600 labels visible), tests on the next 1,000, and prints the results. */
  public static Summary run(Path images, Path labels, Path out, PrintStream print) throws Exception {
    ShapedArray pixels = IdxReader.readImages(images);
    FloatMatrix all = pixels.matrix();
    int[] y = IdxReader.readLabels(labels);
    List<String> classes = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    // A matrix in memory: 3,000 training rows, 1,000 test rows, each a flattened 28 x 28 image in [0, 1].
    InMemoryDataset digits = InMemoryDataset.of("digits", all.rowRange(0, 3000), Arrays.copyOfRange(y, 0, 3000), new int[] {784}, classes)
        .withTest(all.rowRange(3000, 4000), Arrays.copyOfRange(y, 3000, 4000));

    Training training = Training.of("sae").dataset(digits).architecture("dense").labels(600).epochs(5).set("gamma", 0.5).seed(1)
        .into(out.resolve("sae-digits"));
    try (Sae sae = Sae.open(Sae.Options.defaults().log(line -> print.println("  " + line)));
        TrainedRun run = sae.train(training)) {
      EvaluationResult r = run.evaluate();
      SaeModel model = run.model();
      FloatMatrix z = model.encode(all.rowRange(3000, 4000));
      print.printf(Locale.ROOT, "trained %s for %d epochs, kept epoch %d (%s)%n", r.method(), r.training().epochs(), r.selectedEpoch(),
          r.epochSelection());
      print.printf(Locale.ROOT, "test reconstruction RMSE  %.4f%n", r.reconstructionRmse().orElseThrow());
      print.printf(Locale.ROOT, "linear SVM test error     %.2f%%  (%d test samples)%n", 100 * r.svmTestError(), r.testSamples());
      print.printf(Locale.ROOT, "%s test error  %.2f%%%n", r.classification().orElseThrow().ownDescription(), 100 * r.methodClassifierTestError());
      print.printf("encoded the test set: %d x %d latents; run folder %s%n", z.rows(), z.cols(), run.path());
      return new Summary(r.svmTestError(), r.methodClassifierTestError(), r.reconstructionRmse().orElseThrow(), new int[] {z.rows(), z.cols()});
    }
  }
}
