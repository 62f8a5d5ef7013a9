package io.sae.serve.explore;

import com.fasterxml.jackson.databind.JsonNode;
import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.lab.Sae;
import io.sae.lab.morph.Morph;
import io.sae.lab.morph.MorphOptions;
import io.sae.lab.suggest.LabelSuggestions;
import io.sae.lab.suggest.SuggestOptions;
import io.sae.lab.suggest.SuggestResult;
import io.sae.lab.suggest.Suggestion;
import io.sae.serve.ModelSet;
import io.sae.serve.PageRoutes;
import io.sae.serve.ServedModel;
import io.sae.serve.label.LabelStore;
import io.sae.serve.label.Retraining;
import io.sae.serve.rest.Json;
import io.sae.serve.rest.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The latent-space explorer at {@code /explore/NAME} for every model served from a run folder: the page
 * ({@link ExplorerPage}) and the calls it makes, all under {@code /explore/NAME/}:
 *
 * <pre>
 * data.json                    points (PCA), labels, predicted classes, confidences, class names
 * tsne.json                    t-SNE of the same points (computed on first request)
 * test/I.png, train/I.png      a test sample, a training sample (index in the dataset's training set)
 * reconstruction/I.png         the decoded reconstruction of test sample I
 * neighbours/I?k=K             the K test samples nearest to test sample I
 * morph.png?from=A&amp;to=B         sae morph: the first test sample of A walked towards class B's centre, decoded
 * suggestions?count=N          sae suggest-labels: the N most uncertain unlabelled training samples
 * labels (GET, POST)           the labels given so far; POST {"train_index": I, "label": "NAME"} adds one
 * retrain (GET, POST)          the retraining's progress; POST {"epochs": E} starts it
 * </pre>
 */
public final class Explorer implements PageRoutes {
  /** Test samples shown at most. */
  public static final int DEFAULT_POINTS = 10_000;
  private static final Pattern PATH = Pattern.compile("/explore/([^/]+)(?:/(.*))?");
  private static final Pattern ROW = Pattern.compile("(test|train|reconstruction|neighbours)/(\\d+)(\\.png)?");

  private final Sae sae;
  private final ModelSet models;
  private final int points;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  /** The state of one explored model: its view, its labels and its retraining. */
  private static final class Session {
    final Path run;
    final RunView view;
    final LabelStore labels;
    final Retraining retraining;

    Session(Path run, RunView view, LabelStore labels, Retraining retraining) {
      this.run = run;
      this.view = view;
      this.labels = labels;
      this.retraining = retraining;
    }
  }

  public Explorer(Sae sae, ModelSet models, int points) {
    this.sae = sae;
    this.models = models;
    this.points = points;
  }

  @Override
  public String prefix() {
    return "/explore/";
  }

  @Override
  public Reply handle(String method, String path, Map<String, String> query, byte[] body) throws IOException {
    Matcher m = PATH.matcher(path);
    if (!m.matches()) {
      return notFound(path);
    }
    String name = m.group(1);
    String rest = m.group(2) == null ? "" : m.group(2);
    ServedModel model = models.get(name);
    if (model == null) {
      return notFound("no model named " + name);
    }
    if (model.runDir().isEmpty()) {
      return Reply.text(404, "text/plain; charset=utf-8", "model " + name + " is an export: the explorer needs its run folder (serve RUN)\n");
    }
    if (rest.isEmpty()) {
      return Reply.text(200, "text/html; charset=utf-8", ExplorerPage.live(name));
    }
    Session s = session(name, model);
    try {
      return answer(s, name, method, rest, query, body);
    } catch (InvalidInputException e) {
      return Reply.error(400, e.getMessage());
    }
  }

  private Reply answer(Session s, String name, String method, String rest, Map<String, String> query, byte[] body) throws IOException {
    RunView v = s.view;
    Matcher row = ROW.matcher(rest);
    if (row.matches()) {
      int i = Integer.parseInt(row.group(2));
      String kind = row.group(1);
      Dataset set = kind.equals("train") ? v.data().fullTrain() : v.test();
      if (i >= set.size()) {
        return notFound(kind + " sample " + i + " (there are " + set.size() + ")");
      }
      switch (kind) {
        case "neighbours" -> {
          int k = Math.max(1, Math.min(50, Integer.parseInt(query.getOrDefault("k", "8"))));
          return Reply.json(Json.MAPPER.writeValueAsBytes(ExploreData.neighbours(v, i, k)));
        }
        case "reconstruction" -> {
          var r = v.reconstruction(i);
          if (r.isEmpty() || !Thumbnails.isImage(set.sampleShape())) {
            return notFound("no reconstruction: method " + v.run().config().method() + " has no decoder or the samples are not images");
          }
          return png(Thumbnails.png(r.get(), 1, set.sampleShape(), 2));
        }
        default -> {
          if (!Thumbnails.isImage(set.sampleShape())) {
            return notFound("the samples are not images");
          }
          return png(Thumbnails.png(set.features().row(i), 1, set.sampleShape(), 2));
        }
      }
    }
    switch (rest) {
      case "data.json" -> {
        return Reply.json(Json.MAPPER.writeValueAsBytes(ExploreData.of(name, s.run, v, s.labels)));
      }
      case "tsne.json" -> {
        if (!v.tsneAvailable()) {
          return Reply.error(400, "t-SNE is computed for at most " + io.sae.eval.projection.Tsne.MAX_POINTS + " points");
        }
        return Reply.json(Json.MAPPER.writeValueAsBytes(Map.of("tsne", ExploreData.flat(v.tsne()))));
      }
      case "morph.png" -> {
        return morph(s, query);
      }
      case "suggestions" -> {
        int count = Math.max(1, Math.min(200, Integer.parseInt(query.getOrDefault("count", "20"))));
        Path dir = Files.createTempDirectory("sae-explore-suggest");
        try {
          SuggestResult r = LabelSuggestions.suggest(sae.runtime(), v.run(), new SuggestOptions(count, dir));
          List<Map<String, Object>> out = new ArrayList<>();
          int[] trainLabels = v.data().fullTrain().labels();
          for (Suggestion g : r.suggestions()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("rank", g.rank());
            e.put("train_index", g.trainIndex());
            e.put("margin", g.margin());
            e.put("predicted", g.predicted());
            e.put("labelled", s.labels.all().get(g.trainIndex()));
            out.add(e);
          }
          return Reply.json(Json.MAPPER.writeValueAsBytes(Map.of("suggestions", out, "unlabelled", r.unlabelled())));
        } finally {
          deleteTree(dir);
        }
      }
      case "labels" -> {
        if (method.equals("POST")) {
          JsonNode b = Json.MAPPER.readTree(body);
          if (b == null || !b.has("train_index") || !b.get("train_index").canConvertToInt() || !b.has("label")) {
            throw new InvalidInputException("expected {\"train_index\": INDEX, \"label\": \"CLASS\"}");
          }
          int index = b.get("train_index").asInt();
          if (index >= v.data().fullTrain().size()) {
            throw new InvalidInputException("train index " + index + " is outside the training set (0.." + (v.data().fullTrain().size() - 1) + ")");
          }
          s.labels.put(index, b.get("label").asText());
        }
        return Reply.json(Json.MAPPER.writeValueAsBytes(ExploreData.labels(s.labels, v)));
      }
      case "retrain" -> {
        if (method.equals("POST")) {
          JsonNode b = Json.MAPPER.readTree(body);
          int epochs = b != null && b.has("epochs") ? b.get("epochs").asInt() : v.run().config().epochs();
          s.retraining.start(s.run, s.labels, epochs, next -> swap(name, next));
        }
        return Reply.json(Json.MAPPER.writeValueAsBytes(s.retraining.progress()));
      }
      default -> {
        return notFound(rest);
      }
    }
  }

  /** After a retraining: the name serves the new run, and the explorer shows it on the next page load. */
  private void swap(String name, Path next) {
    try {
      ServedModel m = ServedModel.load(name, next, sae.runtime().pluginPath().loader());
      Session old = sessions.get(name);
      models.replace(m);
      Session fresh = new Session(next, RunView.open(sae.runtime(), next, points), new LabelStore(next.resolve("labels.csv"),
          m.model().info().classNames()), old.retraining);
      sessions.put(name, fresh);
      old.view.close();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Session session(String name, ServedModel model) throws IOException {
    Session s = sessions.get(name);
    if (s != null) {
      return s;
    }
    synchronized (this) {
      s = sessions.get(name);
      if (s == null) {
        Path run = model.runDir().orElseThrow();
        RunView view = RunView.open(sae.runtime(), run, points);
        s = new Session(run, view, new LabelStore(run.resolve("labels.csv"), view.data().facts().classNames()), new Retraining(sae));
        sessions.put(name, s);
      }
      return s;
    }
  }

  private Reply morph(Session s, Map<String, String> query) throws IOException {
    String from = query.get("from");
    String to = query.get("to");
    if (from == null || to == null) {
      throw new InvalidInputException("morph needs ?from=CLASS&to=CLASS");
    }
    Path png = Files.createTempFile("sae-explore-morph", ".png");
    try {
      Morph.run(sae.runtime(), s.view.run(), new MorphOptions(from, to, MorphOptions.DEFAULT_STEPS, 1, png));
      return png(Files.readAllBytes(png));
    } finally {
      Files.deleteIfExists(png);
    }
  }

  /** Waits for running retrainings (tests). */
  public void awaitRetraining(String name, long millis) throws InterruptedException {
    Session s = sessions.get(name);
    if (s != null) {
      s.retraining.join(millis);
    }
  }

  private static Reply png(byte[] bytes) {
    return new Reply(200, "image/png", bytes);
  }

  private static Reply notFound(String what) {
    return Reply.text(404, "text/plain; charset=utf-8", "not found: " + what + "\n");
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
