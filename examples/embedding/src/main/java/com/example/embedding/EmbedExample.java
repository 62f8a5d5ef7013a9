package com.example.embedding;

import io.sae.api.data.FloatMatrix;
import io.sae.data.io.NpyReader;
import io.sae.api.model.Classification;
import io.sae.api.model.SaeModel;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Embedding a trained model in a Java program: load a run folder or a SavedModel export, encode, reconstruct
 * and classify, and serve several threads from one model.
 *
 * <pre>
 * java -jar sae-embedding-example.jar MODEL SAMPLES.npy
 * </pre>
 *
 * MODEL is a run folder ({@code sae train}) or an export ({@code sae export}); SAMPLES.npy a float32 matrix
 * with one flattened sample per row (e.g. 784 pixel values in [0,1] for MNIST).
 */
public final class EmbedExample {
  private EmbedExample() {}

  /**
   * What the example computed.
   *
   * @param latents the latent codes of every sample
   * @param threadsAgree whether four threads encoding a quarter each got the single call's latents (within 1e-5, float rounding)
   * @param rmse reconstruction RMSE, or null without a decoder
   * @param classification the model's classes, or null when it carries no latent classifier
   */
  public record Summary(FloatMatrix latents, boolean threadsAgree, Double rmse, Classification classification) {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: EmbedExample MODEL SAMPLES.npy   (MODEL: a run folder or an 'sae export' folder)");
      System.exit(2);
    }
    run(Path.of(args[0]), NpyReader.read(Path.of(args[1])).matrix(), System.out);
  }

  public static Summary run(Path modelPath, FloatMatrix x, PrintStream out) throws Exception {
    // The model holds native TensorFlow memory: try-with-resources frees it.
    try (SaeModel model = SaeModel.load(modelPath)) {
      var info = model.info();
      out.printf("model %s: %d values per sample -> latent %d; classes %s%n", info.method(), info.architecture().inputSize(),
          info.latentDim(), info.classNames());

      FloatMatrix z = model.encode(x);
      out.printf(Locale.ROOT, "encoded %d samples; first latent %s%n", z.rows(), Arrays.toString(z.row(0)));

      // One model serves many threads: here four of them encode a quarter of the samples each.
      // Equal up to float rounding: the matrix kernels may block a 75-row batch differently from a 301-row one,
      // which changes the order of additions (seen once here: exact equality failed); a race would differ by far more.
      double maxDifference = 0;
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        int quarter = (x.rows() + 3) / 4;
        List<Future<FloatMatrix>> parts = new ArrayList<>();
        for (int from = 0; from < x.rows(); from += quarter) {
          FloatMatrix slice = x.rowRange(from, Math.min(x.rows(), from + quarter));
          parts.add(pool.submit(() -> model.encode(slice)));
        }
        int row = 0;
        for (Future<FloatMatrix> part : parts) {
          FloatMatrix p = part.get();
          float[] a = p.data();
          float[] b = z.rowRange(row, row + p.rows()).data();
          for (int i = 0; i < a.length; i++) {
            maxDifference = Math.max(maxDifference, Math.abs(a[i] - b[i]));
          }
          row += p.rows();
        }
      } finally {
        pool.shutdown();
      }
      boolean agree = maxDifference <= 1e-5;
      out.printf(Locale.ROOT, "4 threads: %s (largest difference %.1e)%n", agree ? "same latents as one call" : "DIFFERENT latents from one call",
          maxDifference);

      Double rmse = null;
      if (info.hasDecoder()) {
        FloatMatrix xHat = model.reconstruct(x);
        double sum = 0;
        for (int i = 0; i < x.data().length; i++) {
          double d = xHat.data()[i] - x.data()[i];
          sum += d * d;
        }
        rmse = Math.sqrt(sum / x.data().length);
        out.printf(Locale.ROOT, "reconstruction RMSE %.4f%n", rmse);
      }

      Classification classes = null;
      if (model.canClassify()) {
        classes = model.classify(x);
        int[] counts = new int[info.classNames().size()];
        for (int c : classes.classes()) {
          counts[c]++;
        }
        out.printf("classified: %s samples per class %s%n", Arrays.toString(counts), info.classNames());
      } else {
        out.println("no classify: this model carries no latent classifier (export the run with 'sae export' for its SVM)");
      }
      return new Summary(z, agree, rmse, classes);
    }
  }
}
