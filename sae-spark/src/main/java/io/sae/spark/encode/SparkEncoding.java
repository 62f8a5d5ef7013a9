package io.sae.spark.encode;

import io.sae.api.InvalidInputException;
import io.sae.api.data.FloatMatrix;
import io.sae.api.model.SaeModel;
import io.sae.spark.executor.ExecutorResources;
import io.sae.spark.table.InputRow;
import io.sae.spark.table.LatentRow;
import io.sae.spark.table.LatentTables;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;

/**
 * Batch encoding in the executors ({@code sae spark encode}): each partition is cut into batches of
 * {@link EncodeJob#batchSize()} rows, each batch one call of the executor's model (one {@link SaeModel} per executor
 * JVM, from {@link ExecutorResources}), so the result of a row is what {@link SaeModel#encode} gives for it.
 */
public final class SparkEncoding {
  private SparkEncoding() {}

  /**
   * The latent rows of {@code inputs}, lazily (nothing runs until the result is written or counted).
   *
   * @throws InvalidInputException when the model cannot classify or reconstruct and that was asked for (checked on
   *     the driver, which loads the model once for it); a row of the wrong size fails its task with the row's id
   */
  public static Dataset<LatentRow> encode(Dataset<InputRow> inputs, EncodeJob job) {
    SaeModel m = ExecutorResources.model(job.model());
    if (job.classify() && !m.canClassify()) {
      throw new InvalidInputException("--classify: model " + job.model() + " (" + m.info().method() + ") carries no latent classifier"
          + " (export the run with 'sae export' to add one)");
    }
    if (job.reconstruct() && !m.info().architecture().decoder()) {
      throw new InvalidInputException("--reconstruct: model " + job.model() + " (" + m.info().method() + ") has no decoder");
    }
    return inputs.mapPartitions((MapPartitionsFunction<InputRow, LatentRow>) rows -> new Batches(rows, job), LatentTables.LATENT);
  }

  /** Encodes {@code inputs} and writes the latent table to {@code out} (Parquet; a local path or a file system URL). */
  public static void encodeTo(Dataset<InputRow> inputs, EncodeJob job, String out) {
    LatentTables.write(encode(inputs, job), out, job.classify(), job.reconstruct());
  }

  /** The rows of one partition, encoded a batch at a time as they are pulled. */
  private static final class Batches implements Iterator<LatentRow> {
    private final Iterator<InputRow> in;
    private final EncodeJob job;
    private final SaeModel model;
    private final int inputSize;
    private List<LatentRow> batch = List.of();
    private int next;

    Batches(Iterator<InputRow> in, EncodeJob job) {
      this.in = in;
      this.job = job;
      this.model = ExecutorResources.model(job.model());
      this.inputSize = model.info().architecture().inputSize();
    }

    @Override
    public boolean hasNext() {
      if (next < batch.size()) {
        return true;
      }
      if (!in.hasNext()) {
        return false;
      }
      batch = encodeNext();
      next = 0;
      return true;
    }

    @Override
    public LatentRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return batch.get(next++);
    }

    private List<LatentRow> encodeNext() {
      List<InputRow> rows = new ArrayList<>(job.batchSize());
      while (in.hasNext() && rows.size() < job.batchSize()) {
        rows.add(in.next());
      }
      float[] x = new float[rows.size() * inputSize];
      for (int i = 0; i < rows.size(); i++) {
        float[] f = rows.get(i).getFeatures();
        if (f == null || f.length != inputSize) {
          throw new InvalidInputException("row id " + rows.get(i).getId() + " has " + (f == null ? "no" : f.length) + " input values, model "
              + job.model() + " takes " + inputSize);
        }
        System.arraycopy(f, 0, x, i * inputSize, inputSize);
      }
      FloatMatrix xs = new FloatMatrix(rows.size(), inputSize, x);
      FloatMatrix z = model.encode(xs);
      int[] predicted = job.classify() ? model.classify(xs).classes() : null;
      FloatMatrix rec = job.reconstruct() ? model.reconstruct(xs) : null;
      List<LatentRow> out = new ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        LatentRow r = new LatentRow(rows.get(i).getId(), rows.get(i).getLabel(), z.row(i));
        if (predicted != null) {
          r.setPredicted(predicted[i]);
        }
        if (rec != null) {
          r.setReconstruction(rec.row(i));
        }
        out.add(r);
      }
      return out;
    }
  }
}
