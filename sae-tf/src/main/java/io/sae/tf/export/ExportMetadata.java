package io.sae.tf.export;

import io.sae.api.InvalidInputException;
import io.sae.data.io.AtomicFiles;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.HeadSpec;
import io.sae.api.model.ModelInfo;
import io.sae.tf.graph.NetworkSpecs;
import io.sae.tf.spi.Readout;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the tensors of an export mean, for the Java API: method, network, shapes, class names and the latent
 * classifier. Written to {@code assets.extra/sae-model.properties}, the SavedModel folder TF Serving copies
 * along but never reads.
 *
 * @param info method, architecture and class names of the exported model
 * @param classifierKind the kind of the readout graph {@code classify} runs (built in: {@code softmax-head},
 *     {@code nearest-centre}, {@code argmax-first-k}, {@code linear}; a plugin's own), or empty without a classify signature
 * @param classifier how {@code classify} decides, for people, or empty
 */
public record ExportMetadata(ModelInfo info, String classifierKind, String classifier) {

  /** The metadata of a model with the given classifier. */
  public static ExportMetadata of(ModelInfo info, Optional<Readout> readout) {
    return new ExportMetadata(info, readout.map(Readout::kind).orElse(""), readout.map(Readout::describe).orElse(""));
  }
  public static final String FILE = "assets.extra/sae-model.properties";

  /** Writes the metadata into a SavedModel folder. */
  public void write(Path savedModelDir) throws IOException {
    Properties p = new Properties();
    ArchitectureSpec a = info.architecture();
    p.setProperty("format", "1");
    p.setProperty("method", info.method());
    p.setProperty("network", a.network().id());
    p.setProperty("input_shape", String.join(",", Arrays.stream(a.inputShape()).mapToObj(String::valueOf).toList()));
    p.setProperty("latent", String.valueOf(a.latentDim()));
    p.setProperty("decoder", String.valueOf(a.decoder()));
    p.setProperty("variational", String.valueOf(a.variational()));
    a.classifierHead().ifPresent(h -> {
      p.setProperty("head_classes", String.valueOf(h.classes()));
      p.setProperty("head_hidden", String.join(",", h.hidden().stream().map(String::valueOf).toList()));
    });
    a.encoderTransform().ifPresent(t -> p.setProperty("encoder_transform", t.kind()));
    p.setProperty("classes", String.valueOf(info.classNames().size()));
    for (int k = 0; k < info.classNames().size(); k++) {
      p.setProperty("class." + k, info.classNames().get(k));
    }
    p.setProperty("classifier_kind", classifierKind);
    p.setProperty("classifier", classifier);
    StringWriter text = new StringWriter();
    p.store(text, "written by sae export; what the SavedModel's tensors mean");
    Path file = savedModelDir.resolve(FILE);
    Files.createDirectories(file.getParent());
    AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads the metadata of a SavedModel folder written by {@code sae export}. The architecture read back
   * describes shapes and heads; an encoder transform's parameters are in the graph only.
   *
   * @throws InvalidInputException when the file is missing or incomplete
   */
  public static ExportMetadata read(Path savedModelDir) throws IOException {
    Path file = savedModelDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(savedModelDir + " was not written by 'sae export' (no " + FILE + ")");
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    try {
      int[] shape = Arrays.stream(require(p, "input_shape", file).split(",")).mapToInt(Integer::parseInt).toArray();
      ArchitectureSpec a = new ArchitectureSpec(NetworkSpecs.parse(require(p, "network", file)), shape,
          Integer.parseInt(require(p, "latent", file)), Boolean.parseBoolean(require(p, "decoder", file)), List.of(), Optional.empty(), 0);
      if (p.containsKey("head_classes")) {
        String hidden = p.getProperty("head_hidden", "");
        a = a.withHead(new HeadSpec.Classifier(Integer.parseInt(p.getProperty("head_classes")),
            hidden.isEmpty() ? List.of() : Arrays.stream(hidden.split(",")).map(Integer::valueOf).toList()));
      }
      if (Boolean.parseBoolean(p.getProperty("variational", "false"))) {
        a = a.withHead(new HeadSpec.Variational());
      }
      int classes = Integer.parseInt(require(p, "classes", file));
      List<String> names = new ArrayList<>();
      for (int k = 0; k < classes; k++) {
        names.add(require(p, "class." + k, file));
      }
      return new ExportMetadata(new ModelInfo(require(p, "method", file), a, names), p.getProperty("classifier_kind", ""),
          p.getProperty("classifier", ""));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(file + " is corrupt: " + e.getMessage(), e);
    }
  }

  private static String require(Properties p, String key, Path file) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new InvalidInputException(file + " has no entry '" + key + "'");
    }
    return v;
  }
}
