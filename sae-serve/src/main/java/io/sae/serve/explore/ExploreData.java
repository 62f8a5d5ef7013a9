package io.sae.serve.explore;

import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.serve.label.LabelStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the explorer's calls, as maps for Jackson. */
final class ExploreData {
  private ExploreData() {}

  /** {@code data.json}: everything the page draws. */
  static Map<String, Object> of(String name, Path run, RunView v, LabelStore labels) {
    Dataset test = v.test();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", name);
    out.put("run", run.toString());
    out.put("method", v.run().config().method());
    out.put("count", test.size());
    out.put("latent", v.latents().cols());
    out.put("classNames", test.classNames());
    out.put("labels", test.labels());
    out.put("predicted", v.predicted().orElse(null));
    out.put("confidence", v.confidence().map(c -> round(c)).orElse(null));
    out.put("classifier", v.classifierNote());
    out.put("pca", flat(v.pca()));
    out.put("tsneAvailable", v.tsneAvailable());
    out.put("hasDecoder", v.run().model().info().hasDecoder());
    out.put("images", Thumbnails.isImage(test.sampleShape()));
    out.put("neighbourMeasure", v.neighbourMeasure());
    out.put("labelFile", labels.file().toString());
    return out;
  }

  /** {@code neighbours/I}: the query and its nearest test samples. */
  static Map<String, Object> neighbours(RunView v, int row, int k) {
    List<Map<String, Object>> hits = new ArrayList<>();
    for (RunView.Neighbour n : v.neighbours(row, k)) {
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("row", n.row());
      h.put("label", label(v.test(), n.row()));
      h.put("score", n.score());
      hits.add(h);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("row", row);
    out.put("label", label(v.test(), row));
    out.put("measure", v.neighbourMeasure());
    out.put("score", v.neighbourScoresAreSimilarities() ? "similarity" : "distance");
    out.put("neighbours", hits);
    return out;
  }

  /** {@code labels}: what was given, where it is kept, and how much of it differs from the dataset's own labels. */
  static Map<String, Object> labels(LabelStore store, RunView v) {
    Dataset train = v.data().fullTrain();
    List<Map<String, Object>> rows = new ArrayList<>();
    int differ = 0;
    for (var e : new java.util.TreeMap<>(store.all()).entrySet()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("train_index", e.getKey());
      r.put("label", e.getValue());
      String known = e.getKey() < train.size() ? label(train, e.getKey()) : null;
      r.put("dataset_label", known);
      if (known != null && !known.equals(e.getValue())) {
        differ++;
      }
      rows.add(r);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", store.file().toString());
    out.put("labels", rows);
    out.put("differFromDataset", differ);
    return out;
  }

  static String label(Dataset d, int i) {
    int y = d.label(i);
    return y == Dataset.UNLABELED ? null : d.classNames().get(y);
  }

  /** x0, y0, x1, y1, ... rounded to 5 significant digits (plenty for a screen, a third of the JSON). */
  static float[] flat(FloatMatrix xy) {
    float[] out = new float[xy.rows() * 2];
    for (int i = 0; i < xy.rows(); i++) {
      out[2 * i] = (float) roundSig(xy.get(i, 0));
      out[2 * i + 1] = (float) roundSig(xy.get(i, 1));
    }
    return out;
  }

  private static double roundSig(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return v;
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(5)).doubleValue();
  }

  private static double[] round(double[] c) {
    double[] out = new double[c.length];
    for (int i = 0; i < c.length; i++) {
      out[i] = Math.round(c[i] * 1000) / 1000.0;
    }
    return out;
  }
}
