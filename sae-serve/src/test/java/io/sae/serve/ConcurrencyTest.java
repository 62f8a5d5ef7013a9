package io.sae.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sae.api.data.FloatMatrix;
import io.sae.api.model.Activation;
import io.sae.api.model.ArchitectureSpec;
import io.sae.api.model.ModelInfo;
import io.sae.api.model.NetworkSpec;
import io.sae.api.model.SaeModel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The bounded queue and the graceful stop, with a model whose encode waits until the test lets it go: a call that
 * finds the one worker busy and the one queue place taken gets 503 at once; a stop lets the running and the queued
 * call finish with 200 and refuses new connections.
 */
class ConcurrencyTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String BODY = "{\"instances\": [[0.5, 0.25, 1.0]]}";

  /** A model of 3 inputs and 2 latents whose encode blocks on a gate. */
  static final class GatedModel implements SaeModel {
    final Semaphore entered = new Semaphore(0);
    final CountDownLatch gate = new CountDownLatch(1);
    final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public ModelInfo info() {
      NetworkSpec net = new NetworkSpec.Dense(List.of(4), Activation.values()[0], Activation.values()[0]);
      return new ModelInfo("fake", ArchitectureSpec.autoencoder(net, new int[] {3}, 2), List.of("a", "b"));
    }

    @Override
    public FloatMatrix encode(FloatMatrix x) {
      entered.release();
      try {
        if (!gate.await(20, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the test never opened the gate");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new FloatMatrix(x.rows(), 2, new float[x.rows() * 2]);
    }

    @Override
    public FloatMatrix decode(FloatMatrix z) { throw new UnsupportedOperationException(); }

    @Override
    public FloatMatrix reconstruct(FloatMatrix x) { throw new UnsupportedOperationException(); }

    @Override
    public FloatMatrix classProbabilities(FloatMatrix x) { throw new UnsupportedOperationException(); }

    @Override
    public void close() { closed.set(true); }
  }

  static CompletableFuture<HttpResponse<String>> predict(SaeServer s) {
    return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(s.url() + "/v1/models/fake:predict"))
        .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aFullQueueGets503AndAStopLetsAcceptedCallsFinish() throws Exception {
    GatedModel model = new GatedModel();
    SaeServer server = SaeServer.start(new ModelSet(List.of(ServedModel.of("fake", 1, model))), List.of(),
        ServerOptions.defaults(0).withWorkers(1, 1).withDrainSeconds(20));
    String url = server.url();
    CompletableFuture<HttpResponse<String>> running = predict(server);
    assertThat(model.entered.tryAcquire(10, TimeUnit.SECONDS)).as("the first call reached the model").isTrue();
    CompletableFuture<HttpResponse<String>> queued = predict(server);
    for (int i = 0; i < 200 && server.waitingCalls() < 1; i++) {
      Thread.sleep(25);
    }
    assertThat(server.waitingCalls()).as("the second call waits in the queue").isEqualTo(1);
    HttpResponse<String> refused = predict(server).get(10, TimeUnit.SECONDS);
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused).as("a call beyond 1 running + 1 queued is refused").isNotNull();
    assertThat(refused.body()).isEqualTo("{\"error\":\"the server is busy: 1 predict calls running and 1 waiting; try again\"}");
    assertThat(server.rejectedCalls()).isGreaterThanOrEqualTo(1);
    assertThat(running).isNotDone();

    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
    Thread.sleep(300);
    assertThat(stopping).as("the stop waits for the accepted calls").isNotDone();
    assertThat(model.closed).as("the model stays open while calls run").isFalse();
    model.gate.countDown();
    assertThat(running.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(running.get().body()).isEqualTo("{\"predictions\":[[0.0,0.0]]}");
    assertThat(queued.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    stopping.get(20, TimeUnit.SECONDS);
    assertThat(model.closed).isTrue();
    assertThatThrownBy(() -> HTTP.send(HttpRequest.newBuilder(URI.create(url + "/v1/models/fake")).build(),
        HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
  }
}
