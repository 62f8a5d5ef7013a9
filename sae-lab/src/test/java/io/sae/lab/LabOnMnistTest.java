package io.sae.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.InvalidInputException;
import io.sae.lab.export.ExportOptions;
import io.sae.lab.export.ExportResult;
import io.sae.lab.export.ExportedSignature;
import io.sae.lab.export.ModelExport;
import io.sae.lab.morph.Morph;
import io.sae.lab.morph.MorphOptions;
import io.sae.lab.morph.MorphResult;
import io.sae.lab.sample.SampleGrid;
import io.sae.lab.sample.SampleOptions;
import io.sae.lab.sample.SampleResult;
import io.sae.lab.search.IndexOptions;
import io.sae.lab.search.IndexResult;
import io.sae.lab.search.LatentIndexer;
import io.sae.lab.search.LatentSearch;
import io.sae.lab.search.SearchHit;
import io.sae.lab.search.SearchOptions;
import io.sae.lab.search.SearchQuery;
import io.sae.lab.search.SearchResult;
import io.sae.lab.suggest.LabelSuggestions;
import io.sae.lab.suggest.SuggestOptions;
import io.sae.lab.suggest.SuggestResult;
import io.sae.lab.suggest.Suggestion;
import io.sae.runtime.SaeRuntime;
import io.sae.runtime.train.RunTrainer;
import io.sae.runtime.train.Training;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab's tools called as a library, on two small MNIST runs: a geometric one (configured clusters, 100 labels)
 * (no decoder) for index, search, suggestions and export, and a lambda-hot-vae one for morphing and sampling.
 */
class LabOnMnistTest {
  @TempDir static Path tmp;
  static SaeRuntime runtime;
  static Path geo;
  static Path vae;

  @BeforeAll
  static void train() throws Exception {
    Path cache = Path.of(System.getProperty("sae.cache.dir", System.getProperty("user.home") + "/.cache/sae"));
    runtime = new SaeRuntime(cache, new PrintWriter(new StringWriter()));
    Training geometric = Training.of("geometric").dataset("mnist").architecture("dense:64").latent(2).limit(600, 200).validation(0)
        .epochs(1).labels(100).into(tmp.resolve("geo"));
    geo = new RunTrainer(runtime).train(geometric, List.of(), line -> {}).run().path();
    Training lambdaHot = Training.of("lambda-hot-vae").dataset("mnist").architecture("dense:64").latent(12).limit(600, 200).validation(0)
        .epochs(1).into(tmp.resolve("vae"));
    vae = new RunTrainer(runtime).train(lambdaHot, List.of(), line -> {}).run().path();
  }

  @Test
  void indexAndSearchByRowRegionAndImage() throws Exception {
    Path dir = tmp.resolve("index");
    IndexResult idx = LatentIndexer.build(runtime, geo, IndexOptions.defaults(), dir);
    assertThat(idx.index().count()).isEqualTo(200);
    assertThat(idx.index().latent()).isEqualTo(2);
    assertThat(dir.resolve("latents.npy")).isRegularFile();

    SearchResult byRow = LatentSearch.search(runtime, geo, dir, new SearchOptions(new SearchQuery.Row(5), 7, 0.79, null));
    List<SearchHit> hits = byRow.ranking().hits();
    assertThat(hits).hasSize(7).extracting(SearchHit::row).doesNotContain(5);
    assertThat(hits).extracting(SearchHit::rank).containsExactly(1, 2, 3, 4, 5, 6, 7);
    for (int i = 1; i < hits.size(); i++) {
      assertThat(hits.get(i).similarity()).isLessThanOrEqualTo(hits.get(i - 1).similarity());
    }
    assertThat(byRow.ranking().description()).startsWith("sample 5 (");
    assertThat(byRow.sheet()).isEqualTo(dir.resolve("search.png")).isRegularFile();

    SearchResult region = LatentSearch.search(runtime, geo, dir, SearchOptions.of(new SearchQuery.Region("3")));
    assertThat(region.ranking().description()).isEqualTo("region of class 3");
    assertThat(region.ranking().similarityVector()).hasSize(10);
    assertThat(region.ranking().similarityVector()[3]).isEqualTo(1.0);
    assertThat(region.ranking().hasQueryPixels()).isFalse();

    assertThatThrownBy(() -> LatentSearch.search(runtime, geo, dir, SearchOptions.of(new SearchQuery.Row(200))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("outside the index (0..199)");
    assertThatThrownBy(() -> LatentSearch.search(runtime, vae, dir, SearchOptions.of(new SearchQuery.Row(1))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("the index was built from run");
  }

  @Test
  void suggestionsAreTheSmallestMarginsOfUnlabelledSamples() throws Exception {
    SuggestResult r = LabelSuggestions.suggest(runtime, geo, new SuggestOptions(12, tmp.resolve("suggest")));
    assertThat(r.unlabelled()).isEqualTo(500);
    assertThat(r.suggestions()).hasSize(12);
    for (int i = 1; i < r.suggestions().size(); i++) {
      assertThat(r.suggestions().get(i).margin()).isGreaterThanOrEqualTo(r.suggestions().get(i - 1).margin());
    }
    assertThat(r.suggestions()).extracting(Suggestion::trainIndex).doesNotHaveDuplicates();
    List<String> csv = Files.readAllLines(r.csv());
    assertThat(csv).hasSize(13).first().isEqualTo("rank,train_index,margin,predicted");
    assertThat(csv.get(1)).startsWith("1," + r.suggestions().getFirst().trainIndex() + ",");
    assertThat(r.png()).contains(tmp.resolve("suggest/suggestions.png"));
  }

  @Test
  void morphDecodesStepsTowardsTheOtherClass() throws Exception {
    Path png = tmp.resolve("morph.png");
    MorphResult r = Morph.run(runtime, vae, new MorphOptions("1", "7", 4, 3, png));
    assertThat(r.samples()).isEqualTo(3);
    assertThat(r.steps()).isEqualTo(4);
    assertThat(Files.size(png)).isPositive();
    assertThatThrownBy(() -> Morph.run(runtime, vae, MorphOptions.of("x", "7"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown class 'x'");
    assertThatThrownBy(() -> Morph.run(runtime, geo, MorphOptions.of("1", "7"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("has no decoder");
  }

  @Test
  void samplesAreReproducibleForASeed() throws Exception {
    SampleResult a = SampleGrid.draw(runtime, vae, new SampleOptions("3", null, 4, 9L, tmp.resolve("a.png")));
    SampleResult b = SampleGrid.draw(runtime, vae, new SampleOptions("3", null, 4, 9L, tmp.resolve("b.png")));
    assertThat(a.description()).isEqualTo("class 3");
    assertThat(a.rows()).hasSize(1);
    assertThat(a.rows().getFirst().data()).isEqualTo(b.rows().getFirst().data());
    SampleResult all = SampleGrid.draw(runtime, vae, new SampleOptions(null, null, 2, null, tmp.resolve("all.png")));
    assertThat(all.rows()).hasSize(10);
    assertThat(all.description()).isEqualTo("one row per class");
    assertThat(all.seed()).isEqualTo(1);
    assertThatThrownBy(() -> SampleGrid.draw(runtime, geo, SampleOptions.defaults())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no prior to sample from");
  }

  @Test
  void exportWritesTheSignaturesAndTheMethodsClassifier() throws Exception {
    ExportResult r = ModelExport.export(runtime, geo, ExportOptions.of(tmp.resolve("export")));
    assertThat(r.dir()).isEqualTo(tmp.resolve("export/1"));
    assertThat(r.dir().resolve("saved_model.pb")).isRegularFile();
    assertThat(r.tag()).isEqualTo("serve");
    assertThat(r.signatures()).extracting(ExportedSignature::key).containsExactly("serving_default", "encode", "classify");
    assertThat(r.classifyExported()).isTrue();
    assertThat(r.classifierNote()).contains("configured centres");
    assertThatThrownBy(() -> ModelExport.export(runtime, geo, ExportOptions.of(tmp.resolve("export"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("already exists");
  }
}
