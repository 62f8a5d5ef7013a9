package io.sae.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.api.data.FloatMatrix;
import io.sae.lab.Sae;
import io.sae.lab.TrainedRun;
import io.sae.lab.evaluate.ConfiguredClusters;
import io.sae.lab.search.Ranking;
import io.sae.lab.search.SearchOptions;
import io.sae.runtime.run.OpenRun;
import io.sae.runtime.train.Training;
import io.sae.serve.explore.Explorer;
import io.sae.serve.label.LabelStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer's calls without a browser, on a small geometric run (configured clusters, so neighbours are ranked by
 * paper 003's similarity) served with its export: data, neighbours equal to sae search's ranking, bad input answered
 * 400/404 with a message, labels kept across a restart of the store.
 */
class ExplorerApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path tmp;
  static Sae sae;
  static Path run;
  static SaeServer server;

  @BeforeAll
  static void start() throws Exception {
    sae = TinyRun.sae();
    Training geometric = Training.of("geometric").dataset("mnist").architecture("dense:32").latent(2).limit(500, 200).labels(100)
        .validation(0).epochs(1).seed(1).into(tmp.resolve("geo"));
    try (TrainedRun r = sae.train(geometric)) {
      run = r.path();
      r.export(new io.sae.lab.export.ExportOptions(tmp.resolve("exports/geo"), 1, false));
    }
    ModelSet models = new ModelSet(List.of(ServedModel.load("geo", run), ServedModel.load("geo-export", tmp.resolve("exports/geo"))));
    server = SaeServer.start(models, List.of(new Explorer(sae, models, Explorer.DEFAULT_POINTS)), ServerOptions.defaults(0));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    sae.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void neighboursAreSaeSearchsRankingByPaper003Similarity() throws Exception {
    JsonNode data = JSON.readTree(get("/explore/geo/data.json").body());
    assertThat(data.get("count").asInt()).isEqualTo(200);
    assertThat(data.get("pca")).hasSize(400);
    assertThat(data.get("labels")).hasSize(200);
    assertThat(data.get("predicted")).as(data.get("classifier").asText()).hasSize(200);
    // paper 001's confidence needs each class centre to score above its rivals; a 1-epoch run may not, and says so
    if (data.get("confidence").isNull()) {
      assertThat(data.get("classifier").asText()).contains("; no confidence: ");
    } else {
      assertThat(data.get("confidence")).hasSize(200);
    }
    assertThat(data.get("hasDecoder").asBoolean()).isFalse();
    assertThat(data.get("neighbourMeasure").asText()).startsWith("paper 003 class similarity");

    JsonNode hits = JSON.readTree(get("/explore/geo/neighbours/12?k=5").body());
    assertThat(hits.get("score").asText()).isEqualTo("similarity");
    try (OpenRun open = OpenRun.open(sae.runtime(), run)) {
      var test = open.config().data().prepare(sae.runtime()).test();
      FloatMatrix z = open.model().encode(test.features());
      var sim = ConfiguredClusters.trainedToward(sae.runtime(), open.config()).orElseThrow().similarity(SearchOptions.DEFAULT_BOUNDARY);
      Ranking.Hit[] expected = Ranking.top(sim, z.row(12), z, 5, 12);
      assertThat(hits.get("neighbours")).hasSize(5);
      for (int i = 0; i < 5; i++) {
        assertThat(hits.get("neighbours").get(i).get("row").asInt()).isEqualTo(expected[i].row());
        assertThat(hits.get("neighbours").get(i).get("score").asDouble()).isEqualTo(expected[i].similarity());
      }
    }
  }

  @Test
  void badRequestsGetAStatusAndAMessage() throws Exception {
    HttpResponse<String> export = get("/explore/geo-export");
    assertThat(export.statusCode()).isEqualTo(404);
    assertThat(export.body()).contains("is an export: the explorer needs its run folder");
    assertThat(get("/explore/nothing").statusCode()).isEqualTo(404);
    assertThat(get("/explore/geo/test/200.png").statusCode()).isEqualTo(404);
    assertThat(get("/explore/geo/test/199.png").headers().firstValue("content-type")).contains("image/png");
    // no decoder: no reconstruction and no morph
    assertThat(get("/explore/geo/reconstruction/3.png").statusCode()).isEqualTo(404);
    HttpResponse<String> morph = get("/explore/geo/morph.png?from=0&to=1");
    assertThat(morph.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(morph.body()).get("error").asText()).contains("has no decoder");
    HttpResponse<String> label = post("/explore/geo/labels", "{\"train_index\": 3, \"label\": \"eleven\"}");
    assertThat(label.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(label.body()).get("error").asText()).startsWith("label 'eleven' is not a class of the run");
    HttpResponse<String> outside = post("/explore/geo/labels", "{\"train_index\": 500, \"label\": \"1\"}");
    assertThat(outside.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(outside.body()).get("error").asText()).isEqualTo("train index 500 is outside the training set (0..499)");
    HttpResponse<String> none = post("/explore/geo/retrain", "{\"epochs\": 1}");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(none.body()).get("error").asText()).isEqualTo("no labels given yet: label some samples first");
    assertThat(Files.exists(run.resolve("labels.csv"))).isFalse();
  }

  @Test
  void labelsSurviveARestartOfTheStoreAndTheLastOneWins() throws Exception {
    Path file = tmp.resolve("store/labels.csv");
    LabelStore a = new LabelStore(file, List.of("cat", "dog"));
    a.put(7, "dog");
    a.put(2, "cat");
    a.put(7, "cat");
    assertThat(Files.readAllLines(file)).containsExactly("train_index,label", "2,cat", "7,cat");
    LabelStore b = new LabelStore(file, List.of("cat", "dog"));
    assertThat(b.all()).containsOnly(java.util.Map.entry(2, "cat"), java.util.Map.entry(7, "cat"));
    assertThat(io.sae.runtime.data.LabelIndexFile.read(file)).containsExactly(2, 7);
    try (var dir = Files.list(file.getParent())) {
      assertThat(dir.map(p -> p.getFileName().toString()).toList()).containsExactly("labels.csv");
    }
  }
}
