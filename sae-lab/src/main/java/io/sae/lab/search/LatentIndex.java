package io.sae.lab.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.data.LabelSelection;
import io.sae.data.io.AtomicFiles;
import io.sae.data.io.NpyReader;
import io.sae.data.io.NpyWriter;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.data.DataRequest;
import io.sae.runtime.data.PreparedData;
import io.sae.data.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A search index written by {@code sae index}: a folder with {@code index.json} (this header), {@code latents.npy}
 * (float32 [count, latent], row i = sample i of the indexed split) and {@code labels.npy} (int32 [count], -1 for
 * unlabelled). The header names the run and the SHA-256 of its {@code model/weights.bin}, so an index is only
 * used with the weights that encoded it, and the data it was built from, so result images can be shown.
 *
 * @param format {@value #FORMAT}
 * @param run the run folder (absolute) the index was built from
 * @param weightsSha256 SHA-256 of that run's model/weights.bin
 * @param dataset dataset spec of the indexed data
 * @param grouping grouping applied to it, or null
 * @param split train or test
 * @param seed seed of the data loading (generated datasets, held-out test parts)
 * @param limit first this many samples of the split only (0: all)
 * @param count number of rows
 * @param latent latent size
 * @param classNames the indexed data's class names (what the labels index)
 */
public record LatentIndex(String format, String run, String weightsSha256, String dataset, String grouping, String split, long seed,
    int limit, int count, int latent, List<String> classNames) {
  /** The header's format tag; another one is refused. */
  public static final String FORMAT = "sae-index-1";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A split of a dataset as an index holds it: every label visible, the first {@code limit} samples.
   *
   * @throws InvalidInputException when {@code split} is neither train nor test
   */
  public static Dataset load(SaeRuntime services, String dataset, String grouping, String split, long seed, int limit) throws IOException {
    int trainLimit = split.equals("train") ? limit : 0;
    int testLimit = split.equals("test") ? limit : 0;
    PreparedData d = new DataRequest(dataset, grouping, LabelSelection.ALL, 0, seed, trainLimit, testLimit, List.of()).prepare(services);
    return switch (split) {
      case "train" -> d.fullTrain();
      case "test" -> d.test();
      default -> throw new InvalidInputException("--split must be train or test, got '" + split + "'");
    };
  }

  /** The indexed split, loaded as this header says (for showing result images). */
  public Dataset load(SaeRuntime services) throws IOException {
    return load(services, dataset, grouping, split, seed, limit);
  }

  /** Writes the index folder: the latents, the labels, and this header last. */
  public void write(Path dir, FloatMatrix latents, int[] labels) throws IOException {
    Files.createDirectories(dir);
    NpyWriter.writeMatrix(dir.resolve("latents.npy"), latents);
    NpyWriter.writeLabels(dir.resolve("labels.npy"), labels);
    AtomicFiles.write(dir.resolve("index.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this)); // last: marks it complete
  }

  /** Reads an index folder. */
  public static LatentIndex read(Path dir) throws IOException {
    Path header = dir.resolve("index.json");
    if (!Files.isRegularFile(header)) {
      throw new InvalidInputException("--index " + dir + ": no index.json there (write an index with 'sae index RUN --out " + dir + "')");
    }
    LatentIndex idx;
    try {
      idx = JSON.readValue(header.toFile(), LatentIndex.class);
    } catch (IOException e) {
      throw new InvalidInputException(header + " is not a sae index header: " + e.getMessage());
    }
    if (!FORMAT.equals(idx.format())) {
      throw new InvalidInputException(header + ": format '" + idx.format() + "', expected " + FORMAT);
    }
    return idx;
  }

  /**
   * The latents of the index folder {@code dir}.
   *
   * @throws InvalidInputException when their size differs from the header's
   */
  public FloatMatrix latents(Path dir) throws IOException {
    FloatMatrix z = NpyReader.read(dir.resolve("latents.npy")).matrix();
    if (z.rows() != count || z.cols() != latent) {
      throw new InvalidInputException(dir.resolve("latents.npy") + " has " + z.rows() + " x " + z.cols() + " values, the header says "
          + count + " x " + latent);
    }
    return z;
  }

  /**
   * The labels of the index folder {@code dir}, -1 for unlabelled.
   *
   * @throws InvalidInputException when their number differs from the header's
   */
  public int[] labels(Path dir) throws IOException {
    int[] y = NpyReader.readLabels(dir.resolve("labels.npy"));
    if (y.length != count) {
      throw new InvalidInputException(dir.resolve("labels.npy") + " has " + y.length + " labels, the header says " + count);
    }
    return y;
  }

  /** Refuses an index built from other weights than {@code runDir}'s. */
  public void requireRun(Path runDir) throws IOException {
    String sha = Sha256.of(io.sae.runtime.run.RunDirectory.open(runDir).weightsFile());
    if (!sha.equals(weightsSha256)) {
      throw new InvalidInputException("the index was built from run " + run + ", not from " + runDir.toAbsolutePath().normalize()
          + " (its model weights differ); build one with 'sae index " + runDir + "'");
    }
  }
}
