package io.sae.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.method.LatentSimilarity;
import io.sae.api.model.SaeModel;
import io.sae.data.io.NpyReader;
import io.sae.eval.metrics.ClusteringMetrics;
import io.sae.geometry.KMeans;
import io.sae.lab.Sae;
import io.sae.lab.TrainedRun;
import io.sae.lab.evaluate.ConfiguredClusters;
import io.sae.lab.search.Ranking;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.encode.EncodeOptions;
import io.sae.runtime.encode.Encoding;
import io.sae.runtime.run.RunDirectory;
import io.sae.runtime.train.Training;
import io.sae.spark.cluster.ClusterJob;
import io.sae.spark.cluster.SparkClustering;
import io.sae.spark.encode.EncodeJob;
import io.sae.spark.encode.SparkEncoding;
import io.sae.spark.executor.ExecutorResources;
import io.sae.spark.search.Hit;
import io.sae.spark.search.Metric;
import io.sae.spark.search.SearchJob;
import io.sae.spark.search.SparkSearch;
import io.sae.spark.table.LatentRow;
import io.sae.spark.table.LatentTables;
import io.sae.spark.sweep.SparkSweep;
import io.sae.spark.sweep.SweepGrid;
import io.sae.spark.sweep.SweepRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark paths against the single-machine ones, on local[2] with one session and one tiny paper 003 run (MNIST,
 * 500 training and 200 test samples, one epoch): encode equals {@code sae encode}, k-means from the same centres equals
 * sae-geometry's, search equals the brute-force ranking of {@code sae search}.
 */
class SparkEndToEndTest {
  static final Path CACHE = Path.of(System.getProperty("sae.cache.dir", SaeRuntime.defaultCacheDir().toString()));
  @TempDir static Path tmp;
  static SparkSession spark;
  static Path run;
  static Path ae;
  static Path latentTable;

  @BeforeAll
  static void trainAndStart() throws Exception {
    run = tmp.resolve("geo");
    try (Sae sae = Sae.open(Sae.Options.defaults().cacheDir(CACHE));
        TrainedRun r = sae.train(Training.of("geometric").dataset("mnist").architecture("dense:64").latent(2).epochs(1).validation(0)
            .limit(500, 200).seed(3).into(run))) {
      assertThat(r.path()).isEqualTo(run);
    }
    ae = tmp.resolve("ae");
    try (Sae sae = Sae.open(Sae.Options.defaults().cacheDir(CACHE));
        TrainedRun r = sae.train(Training.of("ae").dataset("mnist").architecture("dense:16").latent(2).epochs(1).validation(0)
            .limit(200, 50).seed(1).into(ae))) {
      assertThat(r.path()).isEqualTo(ae);
    }
    spark = SparkSessions.open("local[2]", "sae-spark-test");
    latentTable = tmp.resolve("latents");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** The run's test split as Spark rows in 3 slices, encoded in batches of 64 (so batches and partitions both split it). */
  private static org.apache.spark.sql.Dataset<LatentRow> encodeTestSplit(Dataset test) {
    return SparkEncoding.encode(LatentTables.fromDataset(spark, test, 3), new EncodeJob(run.toString(), 64, false, false));
  }

  private static Dataset testSplit() throws Exception {
    return testSplit(run);
  }

  private static Dataset testSplit(Path of) throws Exception {
    try (SaeRuntime runtime = new SaeRuntime(CACHE, s -> {}, List.of())) {
      return RunDirectory.open(of).readConfig().data().prepare(runtime).test();
    }
  }

  @Test
  void encodeEqualsSaeEncodeForEveryRowWithOneModelLoadPerJvm() throws Exception {
    Dataset test = testSplit();
    int loadsBefore = ExecutorResources.modelLoads();
    SparkEncoding.encodeTo(LatentTables.fromDataset(spark, test, 3), new EncodeJob(run.toString(), 64, true, false), latentTable.toString());
    // local mode: the driver and the executor share this JVM, so the check on the driver and the 3 tasks load it once
    assertThat(ExecutorResources.modelLoads() - loadsBefore).isLessThanOrEqualTo(1);
    List<LatentRow> rows = new ArrayList<>(LatentTables.readLatents(spark, latentTable.toString()).collectAsList());
    rows.sort(Comparator.comparingLong(LatentRow::getId));
    assertThat(rows).hasSize(200);
    assertThat(spark.read().parquet(latentTable.toString()).columns()).containsExactly("id", "label", "latent", "predicted");

    // what 'sae encode RUN --split test --out z.npy' writes
    Path npy = tmp.resolve("z.npy");
    try (SaeRuntime runtime = new SaeRuntime(CACHE, s -> {}, List.of())) {
      Encoding.encode(runtime, run, new EncodeOptions("test", npy));
    }
    FloatMatrix z = NpyReader.read(npy).matrix();
    int[] labels = NpyReader.readLabels(tmp.resolve("z-labels.npy"));
    int[] classes;
    try (SaeModel m = SaeModel.load(run)) {
      classes = m.classify(test.features()).classes();
    }
    double worst = 0;
    for (int i = 0; i < 200; i++) {
      LatentRow r = rows.get(i);
      assertThat(r.getId()).isEqualTo(i);
      assertThat(r.getLabel()).isEqualTo(labels[i]);
      for (int j = 0; j < z.cols(); j++) {
        worst = Math.max(worst, Math.abs(r.getLatent()[j] - z.get(i, j)));
      }
      assertThat(r.getPredicted()).as("row %d", i).isEqualTo(classes[i]);
    }
    assertThat(worst).isLessThanOrEqualTo(1e-6);
  }

  @Test
  void aSavedModelExportEncodesAndClassifiesAsTheRunDoes() throws Exception {
    Path export = tmp.resolve("export");
    try (Sae sae = Sae.open(Sae.Options.defaults().cacheDir(CACHE)); TrainedRun r = sae.open(run)) {
      r.export(new io.sae.lab.export.ExportOptions(export, 1, false));
    }
    Dataset test = testSplit();
    List<LatentRow> rows = new ArrayList<>(SparkEncoding.encode(LatentTables.fromDataset(spark, test, 2),
        new EncodeJob(export.toString(), 50, true, false)).collectAsList());
    rows.sort(Comparator.comparingLong(LatentRow::getId));
    FloatMatrix z;
    int[] classes;
    try (SaeModel fromRun = SaeModel.load(run); SaeModel exported = SaeModel.load(export)) {
      z = fromRun.encode(test.features());
      classes = exported.classify(test.features()).classes();
    }
    double worst = 0;
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).getPredicted()).isEqualTo(classes[i]);
      for (int j = 0; j < z.cols(); j++) {
        worst = Math.max(worst, Math.abs(rows.get(i).getLatent()[j] - z.get(i, j)));
      }
    }
    assertThat(rows).hasSize(200);
    assertThat(worst).isLessThanOrEqualTo(1e-6);
  }

  @Test
  void reconstructionsEqualTheModelsForEveryRow() throws Exception {
    Dataset test = testSplit(ae);
    List<LatentRow> rows = new ArrayList<>(SparkEncoding.encode(LatentTables.fromDataset(spark, test, 2),
        new EncodeJob(ae.toString(), 16, false, true)).collectAsList());
    rows.sort(Comparator.comparingLong(LatentRow::getId));
    FloatMatrix z;
    FloatMatrix rec;
    try (SaeModel m = SaeModel.load(ae)) {
      z = m.encode(test.features());
      rec = m.reconstruct(test.features());
    }
    assertThat(rows).hasSize(50);
    double worst = 0;
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < rec.cols(); j++) {
        worst = Math.max(worst, Math.abs(rows.get(i).getReconstruction()[j] - rec.get(i, j)));
      }
      for (int j = 0; j < z.cols(); j++) {
        worst = Math.max(worst, Math.abs(rows.get(i).getLatent()[j] - z.get(i, j)));
      }
    }
    assertThat(worst).isLessThanOrEqualTo(1e-6);
  }

  @Test
  void aParquetInputWithItsOwnColumnNamesAndDoublesEncodesAsTheModel() throws Exception {
    Dataset test = testSplit();
    // a user's table: ids 1000 + i, the class as a long, the pixels as doubles, one more column to ignore
    List<org.apache.spark.sql.Row> rows = new ArrayList<>();
    for (int i = 0; i < test.size(); i++) {
      float[] f = test.features().row(i);
      List<Double> pixels = new ArrayList<>();
      for (float v : f) {
        pixels.add((double) v);
      }
      rows.add(org.apache.spark.sql.RowFactory.create(1000L + i, (long) test.labels()[i], pixels, "note " + i));
    }
    var schema = new org.apache.spark.sql.types.StructType().add("sku", "long").add("cls", "long")
        .add("pixels", org.apache.spark.sql.types.DataTypes.createArrayType(org.apache.spark.sql.types.DataTypes.DoubleType)).add("note", "string");
    Path input = tmp.resolve("samples.parquet");
    spark.createDataFrame(rows, schema).repartition(3).write().parquet(input.toString());

    var in = LatentTables.readInputs(spark, input.toString(), "pixels", "sku", "cls");
    List<LatentRow> out = new ArrayList<>(SparkEncoding.encode(in, new EncodeJob(run.toString(), 32, false, false)).collectAsList());
    out.sort(Comparator.comparingLong(LatentRow::getId));
    FloatMatrix z;
    try (SaeModel m = SaeModel.load(run)) {
      z = m.encode(test.features());
    }
    assertThat(out).hasSize(test.size());
    double worst = 0;
    for (int i = 0; i < out.size(); i++) {
      assertThat(out.get(i).getId()).isEqualTo(1000L + i);
      assertThat(out.get(i).getLabel()).isEqualTo(test.labels()[i]);
      for (int j = 0; j < z.cols(); j++) {
        worst = Math.max(worst, Math.abs(out.get(i).getLatent()[j] - z.get(i, j)));
      }
    }
    assertThat(worst).isLessThanOrEqualTo(1e-6);

    assertThatThrownBy(() -> LatentTables.readInputs(spark, input.toString(), "pixel", null, null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("has no column 'pixel' (columns: sku, cls, pixels, note)");
    assertThatThrownBy(() -> LatentTables.readInputs(spark, input.toString(), "note", null, null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("column 'note' is string, expected an array of numbers");
  }

  @Test
  void aRowOfTheWrongSizeFailsItsTaskNamingTheRow() {
    var bad = spark.createDataset(List.of(new io.sae.spark.table.InputRow(7, null, new float[] {1, 2, 3})), LatentTables.INPUT);
    assertThatThrownBy(() -> SparkEncoding.encode(bad, EncodeJob.of(run.toString())).collectAsList())
        .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("row id 7 has 3 input values").hasMessageContaining("takes 784");
    assertThatThrownBy(() -> SparkEncoding.encode(bad, new EncodeJob(run.toString(), 8, false, true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("has no decoder");
  }

  @Test
  void kMeansFromTheSameCentresGivesSaeGeometrysClusteringAndItsAccAndNmi() throws Exception {
    Dataset test = testSplit();
    var latents = encodeTestSplit(test).cache();
    List<LatentRow> rows = new ArrayList<>(latents.collectAsList()); // the test's own reference only: the job does not collect
    rows.sort(Comparator.comparingLong(LatentRow::getId));
    FloatMatrix z = matrix(rows);
    int[] y = rows.stream().mapToInt(LatentRow::getLabel).toArray();

    FloatMatrix init = KMeans.plusPlus(z, 10, 5);
    KMeans.Result single = KMeans.fitFrom(z, init, 300);
    SparkClustering.Fit fit = SparkClustering.fit(latents, ClusterJob.of(10, 5).from(init));
    assertThat(fit.summary().accuracy()).isEqualTo(ClusteringMetrics.accuracy(y, single.assignment()));
    assertThat(fit.summary().nmi()).isEqualTo(ClusteringMetrics.nmi(y, single.assignment()));
    assertThat(fit.summary().labelledRows()).isEqualTo(200);
    int[] sparkAssignment = rows.stream().mapToInt(r -> fit.model().predict(org.apache.spark.mllib.linalg.Vectors.dense(
        IntStream.range(0, r.getLatent().length).mapToDouble(j -> r.getLatent()[j]).toArray()))).toArray();
    assertThat(sparkAssignment).isEqualTo(single.assignment());

    // k-means|| (MLlib's own seeding) finds another local optimum in general; it must still be one of the same
    // objective: sae-geometry's Lloyd started from its centres moves no row
    SparkClustering.Fit parallel = SparkClustering.fit(latents, new ClusterJob(10, 5, 2, 300, java.util.Optional.empty()));
    int[] atParallel = KMeans.nearest(parallel.summary().centres(), z);
    assertThat(KMeans.fitFrom(z, parallel.summary().centres(), 300).assignment()).isEqualTo(atParallel);
    KMeans.Result best = KMeans.fitBest(z, 10, 300, 5, 2);
    System.out.printf("k-means on 200 latents: sae k-means++ best of 2 ACC %.4f NMI %.4f inertia %.4f; MLlib k-means|| best of 2 ACC %.4f"
        + " NMI %.4f inertia %.4f%n", ClusteringMetrics.accuracy(y, best.assignment()), ClusteringMetrics.nmi(y, best.assignment()),
        best.inertia(), parallel.summary().accuracy(), parallel.summary().nmi(), parallel.summary().inertia());
    latents.unpersist();
  }

  @Test
  void searchEqualsTheBruteForceRankingOfSaeSearch() throws Exception {
    Dataset test = testSplit();
    var latents = encodeTestSplit(test).repartition(4).cache();
    List<LatentRow> rows = new ArrayList<>(latents.collectAsList());
    rows.sort(Comparator.comparingLong(LatentRow::getId));
    FloatMatrix z = matrix(rows);
    long[] queryIds = {0, 17, 99, 150, 199};
    List<SearchJob.Query> queries = new ArrayList<>();
    for (long id : queryIds) {
      queries.add(new SearchJob.Query(id, rows.get((int) id).getLatent()));
    }

    // paper 003: sae search's similarity and order (Ranking.top, the query row left out)
    List<SparkSearch.Result> bySimilarity = SparkSearch.search(latents, new SearchJob(queries, 7, Metric.Paper003.of(run, CACHE), true));
    LatentSimilarity sim;
    try (Sae sae = Sae.open(Sae.Options.defaults().cacheDir(CACHE))) {
      sim = ConfiguredClusters.trainedToward(sae.runtime(), RunDirectory.open(run).readConfig()).orElseThrow()
          .similarity(io.sae.api.method.LatentClusters.PAPER_BOUNDARY);
    }
    for (int q = 0; q < queryIds.length; q++) {
      Ranking.Hit[] expected = Ranking.top(sim, z.row((int) queryIds[q]), z, 7, (int) queryIds[q]);
      List<Hit> got = bySimilarity.get(q).hits();
      assertThat(bySimilarity.get(q).queryId()).isEqualTo(queryIds[q]);
      assertThat(got.stream().map(Hit::id).toList()).isEqualTo(java.util.Arrays.stream(expected).map(h -> (long) h.row()).toList());
      for (int i = 0; i < expected.length; i++) {
        assertThat(got.get(i).score()).isEqualTo(expected[i].similarity());
      }
    }

    // Euclidean: the brute-force sort by distance, then id
    List<SparkSearch.Result> byDistance = SparkSearch.search(latents, new SearchJob(queries, 5, new Metric.Euclidean(), false));
    for (int q = 0; q < queryIds.length; q++) {
      float[] qz = z.row((int) queryIds[q]);
      List<Long> expected = IntStream.range(0, z.rows()).boxed()
          .sorted(Comparator.<Integer>comparingDouble(i -> squaredDistance(z.row(i), qz)).thenComparingInt(i -> i))
          .limit(5).map(Integer::longValue).toList();
      assertThat(byDistance.get(q).hits().stream().map(Hit::id).toList()).isEqualTo(expected);
      assertThat(byDistance.get(q).hits().get(0).id()).isEqualTo(queryIds[q]); // not left out: itself, at distance 0
    }
    latents.unpersist();
  }

  @Test
  void searchByPaper003NeedsARunWithConfiguredClusters() throws Exception {
    var table = spark.createDataset(List.of(new LatentRow(0, null, new float[] {0, 0})), LatentTables.LATENT);
    SearchJob job = new SearchJob(List.of(new SearchJob.Query(0, new float[] {0, 0})), 1, Metric.Paper003.of(ae, CACHE), false);
    assertThatThrownBy(() -> SparkSearch.search(table, job)).isInstanceOf(InvalidInputException.class).hasMessageContaining("no configured clusters");
  }

  @Test
  void aTwoByTwoSweepCompletesAndIsReusedWhenStartedAgain() throws Exception {
    SweepGrid grid = new SweepGrid(new SweepGrid.Base("ae", "mnist", "dense:16", 2, 1, 0, 300, 100), List.of(java.util.Map.of()),
        List.of(50, 100), List.of(1L, 2L));
    Path out = tmp.resolve("sweep");
    SparkSweep.Result first = SparkSweep.run(spark, grid, out, CACHE);
    assertThat(first.rows()).hasSize(4).noneMatch(SweepRow::reused);
    assertThat(first.rows()).allSatisfy(r -> assertThat(r.svmTestError()).isBetween(0.0, 1.0));
    assertThat(first.rows().stream().map(SweepRow::name)).containsExactly("ae-labels50-seed1", "ae-labels50-seed2", "ae-labels100-seed1",
        "ae-labels100-seed2");
    assertThat(spark.read().parquet(first.results().toString()).count()).isEqualTo(4);
    String summary = Files.readString(first.summary());
    assertThat(summary).contains("| - | 50 | 2 | ").contains("| - | 100 | 2 | ").contains(" ± ");

    // started again: every run is reused with the numbers it had; a run left incomplete is trained again
    Files.delete(out.resolve("runs/ae-labels100-seed2/metrics.json"));
    SparkSweep.Result again = SparkSweep.run(spark, grid, out, CACHE);
    assertThat(again.rows().stream().map(SweepRow::reused)).containsExactly(true, true, true, false);
    for (int i = 0; i < 4; i++) {
      assertThat(again.rows().get(i).svmTestError()).isEqualTo(first.rows().get(i).svmTestError());
    }
    SparkSweep.Result third = SparkSweep.run(spark, grid, out, CACHE);
    assertThat(third.rows()).allMatch(SweepRow::reused);
  }

  /** The brute force's own distance (sae-lab's Ranking's arithmetic). */
  static double squaredDistance(float[] a, float[] b) {
    double dd = 0;
    for (int j = 0; j < a.length; j++) {
      dd += (a[j] - b[j]) * (a[j] - b[j]);
    }
    return dd;
  }

  static FloatMatrix matrix(List<LatentRow> rows) {
    int d = rows.get(0).getLatent().length;
    float[] data = new float[rows.size() * d];
    for (int i = 0; i < rows.size(); i++) {
      System.arraycopy(rows.get(i).getLatent(), 0, data, i * d, d);
    }
    return new FloatMatrix(rows.size(), d, data);
  }
}
