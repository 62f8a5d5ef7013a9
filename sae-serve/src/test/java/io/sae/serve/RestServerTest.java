package io.sae.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sae.api.data.FloatMatrix;
import io.sae.api.model.Classification;
import io.sae.api.model.SaeModel;
import io.sae.lab.Sae;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST API over real HTTP: every curl line of docs/serving.md is sent as written and gets the documented status
 * and error text, and every output equals the in-process {@link SaeModel} within 1e-6; the metadata lists the
 * signatures the export writes; a body over the limit gets 413.
 */
class RestServerTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path tmp;
  static Sae sae;
  static Path run;
  static Path export;
  static SaeServer server;
  static SaeModel inProcessExport;
  static SaeModel inProcessRun;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    sae = TinyRun.sae();
    run = TinyRun.train(sae, tmp, true);
    export = tmp.resolve("exports/ae");
    server = SaeServer.start(new ModelSet(List.of(ServedModel.load("ae", export), ServedModel.load("ae-run", run))), List.of(),
        ServerOptions.defaults(0).withWorkers(2, 32));
    inProcessExport = SaeModel.load(export);
    inProcessRun = SaeModel.load(run);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    inProcessExport.close();
    inProcessRun.close();
    sae.close();
  }

  static HttpResponse<String> send(String url, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    b = body == null ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyDocumentedRequestGetsTheDocumentedAnswerAndTheModelsOutputs() throws Exception {
    List<DocRequests.Call> calls = DocRequests.read().calls();
    assertThat(calls).hasSizeGreaterThanOrEqualTo(15);
    int compared = 0;
    for (DocRequests.Call c : calls) {
      HttpResponse<String> r = send(server.url() + c.path(), c.body());
      assertThat(r.statusCode()).as(c.line() + "\n" + r.body()).isEqualTo(c.status());
      assertThat(r.headers().firstValue("content-type")).contains("application/json");
      JsonNode got = JSON.readTree(r.body());
      String doc = c.expectedBody();
      if (c.status() != 200) {
        String expected = JSON.readTree(doc).get("error").asText();
        assertThat(got.fieldNames()).toIterable().containsExactly("error");
        if (expected.endsWith("...")) {
          assertThat(got.get("error").asText()).as(c.line()).startsWith(expected.substring(0, expected.length() - 3));
        } else {
          assertThat(got.get("error").asText()).as(c.line()).isEqualTo(expected);
        }
      } else if (!doc.isEmpty() && !doc.contains("...")) {
        assertThat(got).as(c.line()).isEqualTo(JSON.readTree(doc));
      }
      if (c.status() == 200 && c.body() != null) {
        compareWithTheModel(c, got);
        compared++;
      }
    }
    assertThat(compared).isEqualTo(5);
  }

  /** Recomputes a documented predict call with the in-process model and compares every value. */
  private static void compareWithTheModel(DocRequests.Call c, JsonNode answer) throws Exception {
    JsonNode req = JSON.readTree(c.body());
    SaeModel model = c.path().startsWith("/v1/models/ae-run") ? inProcessRun : inProcessExport;
    String sig = req.has("signature_name") ? req.get("signature_name").asText() : "serving_default";
    boolean columnar = req.has("inputs");
    JsonNode in = columnar ? req.get("inputs") : req.get("instances");
    String inputKey = sig.equals("decode") ? "z" : "x";
    List<float[]> rows = new ArrayList<>();
    if (columnar) {
      JsonNode list = in.isObject() ? in.get(inputKey) : in;
      list.forEach(row -> rows.add(floats(row)));
    } else {
      in.forEach(inst -> rows.add(floats(inst.isObject() ? inst.get(inputKey) : inst)));
    }
    FloatMatrix x = matrix(rows);
    switch (sig) {
      case "serving_default", "encode" -> compareRows(single(answer, columnar), model.encode(x), c);
      case "reconstruct" -> compareRows(single(answer, columnar), model.reconstruct(x), c);
      case "decode" -> compareRows(single(answer, columnar), model.decode(x), c);
      case "classify" -> {
        Classification k = model.classify(x);
        JsonNode classes;
        JsonNode scores;
        if (columnar) {
          classes = answer.get("outputs").get("classes");
          scores = answer.get("outputs").get("scores");
        } else {
          var cl = JSON.createArrayNode();
          var sc = JSON.createArrayNode();
          answer.get("predictions").forEach(p -> {
            assertThat(p.fieldNames()).toIterable().containsExactly("classes", "scores");
            cl.add(p.get("classes"));
            sc.add(p.get("scores"));
          });
          classes = cl;
          scores = sc;
        }
        assertThat(classes).hasSize(x.rows());
        for (int i = 0; i < x.rows(); i++) {
          assertThat(classes.get(i).isIntegralNumber()).isTrue();
          assertThat(classes.get(i).asInt()).as(c.line()).isEqualTo(k.classes()[i]);
        }
        compareRows(scores, k.scores(), c);
      }
      default -> throw new AssertionError("no check for signature " + sig);
    }
  }

  private static JsonNode single(JsonNode answer, boolean columnar) {
    assertThat(answer.fieldNames()).toIterable().containsExactly(columnar ? "outputs" : "predictions");
    return answer.get(columnar ? "outputs" : "predictions");
  }

  private static void compareRows(JsonNode got, FloatMatrix expected, DocRequests.Call c) {
    assertThat(got.size()).as(c.line()).isEqualTo(expected.rows());
    for (int i = 0; i < expected.rows(); i++) {
      assertThat(got.get(i).size()).isEqualTo(expected.cols());
      for (int j = 0; j < expected.cols(); j++) {
        assertThat(got.get(i).get(j).doubleValue()).as(c.line() + " [" + i + "][" + j + "]").isCloseTo(expected.get(i, j), within(1e-6));
      }
    }
  }

  private static float[] floats(JsonNode row) {
    float[] f = new float[row.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = row.get(i).floatValue();
    }
    return f;
  }

  private static FloatMatrix matrix(List<float[]> rows) {
    int cols = rows.getFirst().length;
    float[] data = new float[rows.size() * cols];
    for (int i = 0; i < rows.size(); i++) {
      System.arraycopy(rows.get(i), 0, data, i * cols, cols);
    }
    return new FloatMatrix(rows.size(), cols, data);
  }

  @Test
  void metadataListsTheSignaturesTheExportWrites() throws Exception {
    JsonNode ae = JSON.readTree(send(server.url() + "/v1/models/ae/metadata", null).body());
    assertThat(ae.get("model_spec").get("name").asText()).isEqualTo("ae");
    JsonNode defs = ae.get("metadata").get("signature_def").get("signature_def");
    assertThat(defs.fieldNames()).toIterable().containsExactly("classify", "decode", "encode", "reconstruct", "serving_default");
    JsonNode classify = defs.get("classify");
    assertThat(classify.get("method_name").asText()).isEqualTo("tensorflow/serving/predict");
    assertThat(classify.get("outputs").get("classes").get("dtype").asText()).isEqualTo("DT_INT64");
    assertThat(dims(classify.get("outputs").get("classes"))).containsExactly("-1");
    assertThat(dims(classify.get("outputs").get("scores"))).containsExactly("-1", "10");
    assertThat(dims(defs.get("decode").get("inputs").get("z"))).containsExactly("-1", "10");
    assertThat(dims(defs.get("decode").get("outputs").get("x_hat"))).containsExactly("-1", "784");

    // the run folder: same signatures but classify, whose linear SVM only `sae export` fits
    JsonNode runDefs = JSON.readTree(send(server.url() + "/v1/models/ae-run/metadata", null).body())
        .get("metadata").get("signature_def").get("signature_def");
    assertThat(runDefs.fieldNames()).toIterable().containsExactly("decode", "encode", "reconstruct", "serving_default");
  }

  private static List<String> dims(JsonNode tensor) {
    List<String> out = new ArrayList<>();
    for (Iterator<JsonNode> it = tensor.get("tensor_shape").get("dim").elements(); it.hasNext(); ) {
      out.add(it.next().get("size").asText());
    }
    return out;
  }

  @Test
  void aBodyOverTheLimitGets413AndTheServerStillAnswers() throws Exception {
    String body = Files.readString(DocRequests.REPO.resolve("docs/serving/encode-instances.json"));
    try (SaeServer small = SaeServer.start(new ModelSet(List.of(ServedModel.load("ae", export))), List.of(),
        ServerOptions.defaults(0).withMaxBodyBytes(1000))) {
      HttpResponse<String> r = send(small.url() + "/v1/models/ae:predict", body);
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(JSON.readTree(r.body()).get("error").asText()).contains("larger than the limit of 1000 bytes");
      HttpResponse<String> ok = send(small.url() + "/v1/models/ae:predict", 
          "{\"signature_name\": \"decode\", \"instances\": [[0.5, -1.2, 0.3, 0.0, 0.1, 2.0, -0.4, 0.9, 0.0, 1.1]]}");
      assertThat(ok.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aPathOutsideTheApiIsMalformedAsInTfServing() throws Exception {
    HttpResponse<String> r = send(server.url() + "/v1/nothing", null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("Malformed request: GET /v1/nothing");
    HttpResponse<String> list = send(server.url() + "/v1/models", null);
    assertThat(list.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(list.body()).get("error").asText()).isEqualTo("Missing model name in request.");
  }

  @Test
  void parallelClientsGetTheirOwnAnswers() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
    List<float[]> inputs = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      float[] x = new float[784];
      x[i * 7] = 1f;
      x[400 + i] = 0.5f;
      inputs.add(x);
      String body = JSON.writeValueAsString(Map.of("instances", List.of(x)));
      futures.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "/v1/models/ae:predict"))
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }
    for (int i = 0; i < 16; i++) {
      HttpResponse<String> r = futures.get(i).get();
      assertThat(r.statusCode()).isEqualTo(200);
      FloatMatrix z = inProcessExport.encode(new FloatMatrix(1, 784, inputs.get(i)));
      JsonNode got = JSON.readTree(r.body()).get("predictions").get(0);
      for (int j = 0; j < z.cols(); j++) {
        assertThat(got.get(j).doubleValue()).isCloseTo(z.get(0, j), within(1e-6));
      }
    }
  }

  static String zeros(int n) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "0.0" : ", 0.0");
    }
    return b.append("]").toString();
  }
}
