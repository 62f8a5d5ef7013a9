package io.sae.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.api.data.DataContext;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import io.sae.api.data.Grouping;
import io.sae.cli.fuzz.Mutator.Field;
import io.sae.cli.fuzz.Mutator.FloatData;
import io.sae.cli.fuzz.Mutator.Profile;
import io.sae.data.GroupingFiles;
import io.sae.data.Regrouping;
import io.sae.data.user.UserDatasets;
import io.sae.methods.sae.ClassDistances;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the data readers as {@code sae train --dataset ...} calls them ({@link UserDatasets#load}, which builds and
 * checks the {@link Dataset}), and the grouping and class-distance files: seeded mutations of valid files made from
 * real MNIST images. Every case must load or end in a one-line {@code InvalidInputException} (see {@link FuzzRunner}).
 */
class DataFormatFuzzTest {
  /** Heap one reader case may allocate: a fixed allowance plus a multiple of its input's size. */
  private static final long FIXED_ALLOWANCE = 24L << 20;
  private static final int PER_INPUT_BYTE = 64;
  /** The first 100 MNIST test images hold every digit (the first 60 have no 8, an empty class). */
  private static final int IMAGES = 100;

  @TempDir static Path tmp;
  private static Seeds seeds;
  private static FuzzRunner runner;
  private static final List<FuzzRunner.Summary> SUMMARIES = new ArrayList<>();

  @BeforeAll
  static void setUp() throws IOException {
    seeds = Seeds.mnist(cacheDir(), IMAGES);
    runner = new FuzzRunner(tmp.resolve("cases"), 20);
  }

  @AfterAll
  static void report() {
    int total = SUMMARIES.stream().mapToInt(FuzzRunner.Summary::cases).sum();
    System.out.println("fuzz data formats: " + total + " cases in " + SUMMARIES.size() + " formats");
  }

  static Path cacheDir() {
    return Path.of(System.getProperty("sae.cache.dir", System.getProperty("user.home") + "/.cache/sae"));
  }

  private static DataContext context() {
    return new DataContext(tmp.resolve("unused-cache"), line -> {}, 7);
  }

  private static long bound(FuzzTarget t) {
    return FIXED_ALLOWANCE + PER_INPUT_BYTE * t.seedBytes();
  }

  private static void fuzz(FuzzTarget target, int cases) throws IOException {
    FuzzTarget bounded = new FuzzTarget(target.format(), target.files(), target.mutable(), target.encode(), target.load(), bound(target));
    FuzzRunner.Summary s = runner.run(bounded, cases);
    SUMMARIES.add(s);
    assertThat(s.failures()).as(s.line() + "; first failures: " + s.failures().stream().limit(3).toList()).hasSize(0);
    assertThat(s.cases()).isPositive();
  }

  private static FuzzRunner.Outcome loadUser(String spec) throws IOException {
    var split = UserDatasets.load(spec, context());
    assertThat(split.train().size()).isPositive();
    return FuzzRunner.Outcome.LOADED;
  }

  private static List<Field> idxFields(int rank) {
    List<Field> f = new ArrayList<>();
    f.add(new Field("type", 2, 1, ByteOrder.BIG_ENDIAN));
    f.add(new Field("rank", 3, 1, ByteOrder.BIG_ENDIAN));
    for (int d = 0; d < rank; d++) {
      f.add(new Field("dim" + d, 4 + 4 * d, 4, ByteOrder.BIG_ENDIAN));
    }
    return f;
  }

  private static Map<String, Profile> idxProfiles(String images, String labels) {
    Map<String, Profile> m = new LinkedHashMap<>();
    m.put(images, Profile.binary(idxFields(3), null));
    m.put(labels, Profile.binary(idxFields(1), null));
    return m;
  }

  private static FuzzTarget.Loader idxLoader(String images, String labels) {
    return dir -> loadUser("idx:" + dir.resolve(images) + "?labels=" + dir.resolve(labels));
  }

  @Test
  void idx() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("images-idx3-ubyte", seeds.idxImages(IMAGES));
    files.put("labels-idx1-ubyte", seeds.idxLabels(IMAGES));
    fuzz(new FuzzTarget("idx", files, idxProfiles("images-idx3-ubyte", "labels-idx1-ubyte"), Map.of(),
        idxLoader("images-idx3-ubyte", "labels-idx1-ubyte"), -1), 1500);
  }

  @Test
  void idxGzipContent() throws IOException {
    // the content is mutated and then compressed, so header edits (huge dimensions) reach the reader intact
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("images-idx3-ubyte.gz", seeds.idxImages(IMAGES));
    files.put("labels-idx1-ubyte.gz", seeds.idxLabels(IMAGES));
    fuzz(new FuzzTarget("idx.gz", files, idxProfiles("images-idx3-ubyte.gz", "labels-idx1-ubyte.gz"),
        Map.of("images-idx3-ubyte.gz", Seeds::gzip, "labels-idx1-ubyte.gz", Seeds::gzip),
        idxLoader("images-idx3-ubyte.gz", "labels-idx1-ubyte.gz"), -1), 800);
  }

  @Test
  void idxGzipStream() throws IOException {
    // the compressed bytes themselves are mutated: corrupt deflate data, CRC and length trailers, cut streams
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("images-idx3-ubyte.gz", Seeds.gzip(seeds.idxImages(IMAGES)));
    files.put("labels-idx1-ubyte.gz", Seeds.gzip(seeds.idxLabels(IMAGES)));
    List<Field> gzipHeader = List.of(new Field("gzip-flags", 3, 1, ByteOrder.LITTLE_ENDIAN), new Field("gzip-method", 2, 1, ByteOrder.LITTLE_ENDIAN));
    fuzz(new FuzzTarget("idx.gz-stream", files,
        Map.of("images-idx3-ubyte.gz", Profile.binary(gzipHeader, null), "labels-idx1-ubyte.gz", Profile.binary(gzipHeader, null)), Map.of(),
        idxLoader("images-idx3-ubyte.gz", "labels-idx1-ubyte.gz"), -1), 800);
  }

  @Test
  void npy() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    byte[] x = seeds.npyImages(IMAGES, 49, tmp);
    files.put("x.npy", x);
    files.put("y.npy", seeds.npyLabels(IMAGES, tmp));
    List<Field> preamble = List.of(new Field("version", 6, 1, ByteOrder.LITTLE_ENDIAN), new Field("header-length", 8, 2, ByteOrder.LITTLE_ENDIAN));
    int dataStart = 128; // NpyWriter pads the header to a multiple of 64; these small headers take two blocks or one
    Map<String, Profile> profiles = new LinkedHashMap<>();
    profiles.put("x.npy", new Profile(true, preamble, new FloatData(x.length - IMAGES * 49 * 4, 4, ByteOrder.LITTLE_ENDIAN)));
    profiles.put("y.npy", new Profile(true, preamble, null));
    assertThat(x.length - IMAGES * 49 * 4).isLessThanOrEqualTo(dataStart);
    fuzz(new FuzzTarget("npy", files, profiles, Map.of(), dir -> loadUser("npy:" + dir.resolve("x.npy") + "?labels=" + dir.resolve("y.npy")), -1), 1500);
  }

  @Test
  void csv() throws IOException {
    fuzz(FuzzTarget.single("csv", "data.csv", seeds.csv(IMAGES, 16), Profile.textual(),
        dir -> loadUser("csv:" + dir.resolve("data.csv") + "?label=label"), -1), 1500);
  }

  @Test
  void pngFolders() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, Profile> profiles = new LinkedHashMap<>();
    List<Field> ihdr = List.of(
        new Field("width", 16, 4, ByteOrder.BIG_ENDIAN), new Field("height", 20, 4, ByteOrder.BIG_ENDIAN),
        new Field("bit-depth", 24, 1, ByteOrder.BIG_ENDIAN), new Field("colour-type", 25, 1, ByteOrder.BIG_ENDIAN),
        new Field("interlace", 28, 1, ByteOrder.BIG_ENDIAN));
    for (int i = 0; i < 12; i++) {
      String name = "images/" + seeds.label(i) + "/img" + i + ".png";
      files.put(name, seeds.png(i));
      profiles.put(name, Profile.binary(ihdr, null));
    }
    fuzz(new FuzzTarget("png-folders", files, profiles, Map.of(), dir -> loadUser("images:" + dir.resolve("images")), -1), 400);
  }

  private static FuzzRunner.Outcome loadGrouping(Path file) throws IOException {
    Grouping g = GroupingFiles.read(file);
    int[] labels = new int[10];
    for (int c = 0; c < 10; c++) {
      labels[c] = c;
    }
    List<String> digits = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    Regrouping.apply(g, new Dataset("digits", new FloatMatrix(10, 1, new float[10]), new int[] {1}, labels, digits));
    return FuzzRunner.Outcome.LOADED;
  }

  @Test
  void groupingJson() throws IOException {
    fuzz(FuzzTarget.single("grouping.json", "shapes.json", Seeds.groupingJson(), Profile.textual(), dir -> loadGrouping(dir.resolve("shapes.json")), -1), 1000);
  }

  @Test
  void groupingYaml() throws IOException {
    fuzz(FuzzTarget.single("grouping.yaml", "shapes.yaml", Seeds.groupingYaml(), Profile.textual(), dir -> loadGrouping(dir.resolve("shapes.yaml")), -1), 1000);
  }

  @Test
  void distanceMatrix() throws IOException {
    fuzz(FuzzTarget.single("distances.csv", "d.csv", Seeds.distances(10), Profile.textual(), dir -> {
      double[][] d = ClassDistances.read(dir.resolve("d.csv"), 10, 1.0);
      assertThat(d).hasDimensions(10, 10);
      return FuzzRunner.Outcome.LOADED;
    }, -1), 1000);
  }
}
