package io.sae.runtime.bench.peer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the lines {@code peer-torch.py} prints into a {@link PeerRun}. */
final class PeerOutput {
  private static final Pattern HEADER = Pattern.compile("^torch (\\S+) model=(\\S+) threads=(\\d+) .*");
  private static final Pattern EPOCH = Pattern.compile("^epoch (\\d+): \\d+ steps, \\d+ samples, [0-9.]+s => (\\d+) samples/s;.*");
  private static final Pattern TEST = Pattern.compile("^test MSE ([0-9.eE+-]+)$");
  private static final Pattern RSS = Pattern.compile("^peak RSS (\\d+) MB$");

  private PeerOutput() {}

  /**
   * @throws IllegalStateException when a line the peer always prints is missing or an epoch is out of order (another
   *     script, or a peer that failed part-way)
   */
  static PeerRun parse(List<String> lines) {
    String version = null;
    String model = null;
    int threads = -1;
    List<Double> epochs = new ArrayList<>();
    Double mse = null;
    Long rss = null;
    for (String line : lines) {
      Matcher m;
      if ((m = HEADER.matcher(line)).matches()) {
        version = m.group(1);
        model = m.group(2);
        threads = Integer.parseInt(m.group(3));
      } else if ((m = EPOCH.matcher(line)).matches()) {
        if (Integer.parseInt(m.group(1)) != epochs.size()) {
          throw new IllegalStateException("the peer printed epoch " + m.group(1) + " after " + epochs.size() + " epochs: " + line);
        }
        epochs.add(Double.parseDouble(m.group(2)));
      } else if ((m = TEST.matcher(line)).matches()) {
        mse = Double.parseDouble(m.group(1));
      } else if ((m = RSS.matcher(line)).matches()) {
        rss = Long.parseLong(m.group(1));
      }
    }
    if (version == null || epochs.size() < 2 || mse == null || rss == null) {
      throw new IllegalStateException("the PyTorch peer's output lacks its header, two epochs, the test MSE or the peak RSS:\n"
          + String.join("\n", lines));
    }
    return new PeerRun(model, version, threads, epochs, mse, rss);
  }
}
