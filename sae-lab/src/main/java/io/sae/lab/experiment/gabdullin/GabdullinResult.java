package io.sae.lab.experiment.gabdullin;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code sae experiment gabdullin} made.
 *
 * @param report the Markdown report ({@code gabdullin.md})
 * @param results the numbers as JSON ({@code results.json})
 * @param runs per row ({@code geometric}, {@code ce-only}, {@code polar}) each seed's measurements, keyed as in results.json
 * @param classMeanSeedSpread per row, each class's largest distance between its training-latent means in two seeds (empty for one seed)
 * @param minutes how long this invocation took
 * @param trainingMinutes training time of the runs it used, reused ones included
 */
public record GabdullinResult(Path report, Path results, Map<String, List<Map<String, Object>>> runs, Map<String, double[]> classMeanSeedSpread,
    double minutes, double trainingMinutes) {}
