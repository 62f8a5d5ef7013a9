package io.sae.spark.cluster;

import io.sae.api.data.FloatMatrix;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link SparkClustering} found.
 *
 * @param k clusters
 * @param seed seed of the first restart
 * @param restarts runs made
 * @param bestRestart the kept run (0-based)
 * @param rows rows clustered
 * @param labelledRows rows with a label (those ACC and NMI count)
 * @param inertia sum of squared distances of the rows to their centres (MLlib's training cost)
 * @param accuracy clustering accuracy under the best one-to-one map of clusters to classes (Hungarian); NaN without labels
 * @param nmi normalised mutual information (square root of the entropies); NaN without labels
 * @param contingency labelled rows per cluster (row) and class (column)
 * @param centres one row per cluster
 * @param seconds wall time of the clustering and the scores
 */
public record ClusterSummary(int k, long seed, int restarts, int bestRestart, long rows, long labelledRows, double inertia, double accuracy,
    double nmi, long[][] contingency, FloatMatrix centres, double seconds) {

  /** The summary as {@code cluster.json} holds it (NaN as null). */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("k", k);
    m.put("seed", seed);
    m.put("restarts", restarts);
    m.put("best_restart", bestRestart);
    m.put("rows", rows);
    m.put("labelled_rows", labelledRows);
    m.put("inertia", inertia);
    m.put("accuracy", Double.isNaN(accuracy) ? null : accuracy);
    m.put("nmi", Double.isNaN(nmi) ? null : nmi);
    m.put("contingency", contingency);
    m.put("seconds", seconds);
    return m;
  }
}
