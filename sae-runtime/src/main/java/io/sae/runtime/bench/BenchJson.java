package io.sae.runtime.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sae.data.io.AtomicFiles;
import io.sae.runtime.bench.peer.PeerRun;
import io.sae.runtime.bench.peer.TorchPeer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The raw results of a {@code sae bench} run as JSON ({@code --json FILE}): the setup, each preset's figures, and the
 * rounds of a side-by-side run with the peer. The results pages quote these files.
 */
public final class BenchJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BenchJson() {}

  /** Writes {@code file} atomically (a failed write leaves no half file). */
  public static void write(Path file, BenchSetup setup, List<ArchThroughput> presets, List<InferenceLatency> inference,
      Optional<SideBySide> sideBySide, Optional<TorchPeer> peer) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("written", Instant.now().toString());
    root.put("setup", setup(setup));
    root.put("presets", presets.stream().map(BenchJson::preset).toList());
    if (!inference.isEmpty()) {
      root.put("inference", inference.stream().map(BenchJson::inference).toList());
    }
    sideBySide.ifPresent(s -> {
      Map<String, Object> side = new LinkedHashMap<>();
      peer.ifPresent(p -> {
        side.put("python", p.python());
        side.put("ld_library_path", TorchPeer.libraryPath());
      });
      side.put("rounds", s.rounds().stream().map(BenchJson::round).toList());
      side.put("summaries", s.summaries().stream().map(BenchJson::summary).toList());
      root.put("side_by_side", side);
    });
    AtomicFiles.write(file, JSON.writeValueAsBytes(root));
  }

  private static Map<String, Object> setup(BenchSetup s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("samples", s.samples());
    m.put("batch_size", s.batchSize());
    m.put("epochs", s.epochs());
    m.put("cores", s.cores());
    m.put("java", s.javaVersion());
    m.put("device", s.compute().device().id());
    m.put("precision", s.compute().precision().id());
    return m;
  }

  static Map<String, Object> preset(ArchThroughput t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("arch", t.arch());
    m.put("first_epoch_samples_per_second", t.firstEpoch());
    m.put("steady_samples_per_second", t.steady());
    m.put("encode_samples_per_second", t.encode());
    m.put("test_rmse", t.testRmse());
    m.put("devices", t.devices());
    m.put("peak_rss_bytes", t.peakRssBytes().isPresent() ? t.peakRssBytes().getAsLong() : null);
    return m;
  }

  private static Map<String, Object> inference(InferenceLatency l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("arch", l.arch());
    m.put("model", l.form().name().toLowerCase(java.util.Locale.ROOT));
    m.put("batches", l.batches().stream().map(b -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("batch", b.batch());
      e.put("rows_per_second", b.rowsPerSecond());
      e.put("calls", b.latency().calls());
      e.put("p50_ms", b.latency().p50());
      e.put("p99_ms", b.latency().p99());
      e.put("max_ms", b.latency().max());
      return e;
    }).toList());
    return m;
  }

  private static Map<String, Object> round(SideBySide.Round r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("round", r.round());
    m.put("arch", r.arch());
    m.put("peer_first", r.peerFirst());
    m.put("sae", preset(r.sae()));
    PeerRun p = r.peer();
    Map<String, Object> peer = new LinkedHashMap<>();
    peer.put("torch", p.torchVersion());
    peer.put("threads", p.threads());
    peer.put("epoch_samples_per_second", p.epochSamplesPerSecond());
    peer.put("steady_samples_per_second", p.steady());
    peer.put("test_mse", p.testMse());
    peer.put("test_rmse", p.testRmse());
    peer.put("peak_rss_megabytes", p.peakRssMegabytes());
    m.put("peer", peer);
    m.put("ratio", r.ratio());
    return m;
  }

  private static Map<String, Object> summary(SideBySide.Summary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("arch", s.arch());
    m.put("rounds", s.rounds());
    m.put("sae_median_samples_per_second", s.sae());
    m.put("peer_median_samples_per_second", s.peer());
    m.put("ratio_of_medians", s.ratio());
    m.put("round_ratio_min", s.roundRatioMin());
    m.put("round_ratio_max", s.roundRatioMax());
    return m;
  }
}
