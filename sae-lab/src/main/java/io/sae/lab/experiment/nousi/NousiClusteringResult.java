package io.sae.lab.experiment.nousi;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The numbers of {@link NousiClustering} and the files holding them.
 *
 * @param accuracy k-means ACC on the test set per row: {@code [seed][stage]} (the "No AE" row has one stage)
 * @param nmi NMI, the same layout
 * @param silhouette mean silhouette, the same layout
 * @param hostWork per shifting row, the host work of its stages 2..T, one entry per seed
 * @param minutes wall time of this start (stages reused from an earlier start are not timed)
 * @param report {@code nousi.md}
 * @param plot {@code acc-per-stage.png}
 * @param results {@code results.json}
 */
public record NousiClusteringResult(Map<String, double[][]> accuracy, Map<String, double[][]> nmi, Map<String, double[][]> silhouette,
    Map<String, List<StageHostWork>> hostWork, double minutes, Path report, Path plot, Path results) {}
