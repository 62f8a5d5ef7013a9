package io.sae.lab.experiment.nousi;

import io.sae.api.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The host work of a paper-002 run's shifting stages, read from its {@code history.csv}: the hook's grouping,
 * neighbour and shift seconds (k-means and the target shift, without encoding the latents, which is TensorFlow
 * work) at the first epoch of each stage after stage 0, against the training seconds of that stage's epochs.
 *
 * @param hostSeconds per shifting stage, host seconds
 * @param trainSeconds per shifting stage, training seconds of its epochs
 */
public record StageHostWork(double[] hostSeconds, double[] trainSeconds) {
  private static final List<String> HOST = List.of("hook_grouping_seconds", "hook_neighbour_seconds", "hook_shift_seconds");

  /** Host seconds over training seconds, per shifting stage. */
  public double[] shares() {
    double[] s = new double[hostSeconds.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = hostSeconds[i] / trainSeconds[i];
    }
    return s;
  }

  /** Reads stages 2..T (stage 1 is the plain autoencoder) of a run trained on {@code schedule}. */
  public static StageHostWork read(Path historyCsv, StageSchedule schedule) throws IOException {
    int stages = schedule.stages();
    List<String> lines = Files.readAllLines(historyCsv, StandardCharsets.UTF_8);
    if (lines.size() < 1 + schedule.totalEpochs()) {
      throw new InvalidInputException(historyCsv + " has " + (lines.size() - 1) + " epochs; expected " + schedule.totalEpochs());
    }
    List<String> header = Arrays.asList(lines.get(0).split(","));
    int train = column(header, "train_seconds", historyCsv);
    int[] host = HOST.stream().mapToInt(c -> column(header, c, historyCsv)).toArray();
    double[] hostSeconds = new double[stages - 1];
    double[] trainSeconds = new double[stages - 1];
    for (int t = 1; t < stages; t++) {
      int start = schedule.end(t); // stage t + 1 (1-based) starts here
      for (int e = start; e < schedule.end(t + 1); e++) {
        String[] row = lines.get(1 + e).split(",", -1);
        trainSeconds[t - 1] += Double.parseDouble(row[train]);
        if (e == start) {
          for (int c : host) {
            if (row[c].isEmpty()) {
              throw new InvalidInputException(historyCsv + ": epoch " + (e + 1) + " starts stage " + (t + 1) + " but records no " + header.get(c));
            }
            hostSeconds[t - 1] += Double.parseDouble(row[c]);
          }
        }
      }
    }
    return new StageHostWork(hostSeconds, trainSeconds);
  }

  private static int column(List<String> header, String name, Path file) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new InvalidInputException(file + " has no column " + name);
    }
    return i;
  }
}
