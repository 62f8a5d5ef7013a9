package io.sae.serve;

import io.sae.api.InvalidInputException;
import io.sae.serve.rest.Reply;
import io.sae.serve.rest.RestApi;
import io.sae.serve.rest.ServingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code sae serve}: an embedded Jetty server with TF Serving's REST API ({@link RestApi}) over a {@link ModelSet},
 * and optional pages beside it (the explorer).
 *
 * <p>Concurrency: a predict call is parsed and run on a fixed pool of {@link ServerOptions#workers()} inference
 * threads with a bounded queue of {@link ServerOptions#queue()} waiting calls; a call that finds the queue full is
 * answered 503 at once (TF Serving's UNAVAILABLE), so a burst cannot pile up memory or threads. Jetty's own
 * threads only read bodies and hand calls over. {@link #close()} stops gracefully: the port stops accepting,
 * every accepted request (running or queued) finishes and is answered, then the models are closed.
 */
public final class SaeServer implements AutoCloseable {
  private final Server jetty;
  private final ServerConnector connector;
  private final ThreadPoolExecutor inference;
  private final ModelSet models;
  private final RestApi api;
  private final List<PageRoutes> pages;
  private final ServerOptions options;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final AtomicInteger rejected = new AtomicInteger();

  private SaeServer(ModelSet models, List<PageRoutes> pages, ServerOptions options) {
    this.models = models;
    this.api = new RestApi(models);
    this.pages = List.copyOf(pages);
    this.options = options;
    AtomicInteger n = new AtomicInteger();
    this.inference = new ThreadPoolExecutor(options.workers(), options.workers(), 0, TimeUnit.SECONDS,
        options.queue() == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(options.queue()),
        r -> {
          Thread t = new Thread(r, "sae-inference-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    QueuedThreadPool threads = new QueuedThreadPool(Math.max(32, 4 * options.workers() + 16), 4);
    threads.setName("sae-http");
    threads.setDaemon(true);
    this.jetty = new Server(threads);
    this.connector = new ServerConnector(jetty, 1, 1);
    connector.setHost(options.host());
    connector.setPort(options.port());
    jetty.addConnector(connector);
    jetty.setHandler(new GracefulHandler(new Router()));
    jetty.setStopTimeout(TimeUnit.SECONDS.toMillis(options.drainSeconds()));
    jetty.setStopAtShutdown(false); // the caller decides (sae serve adds a shutdown hook that calls close())
  }

  /**
   * Starts serving {@code models} (and {@code pages}) and returns once the port is open.
   *
   * @throws InvalidInputException when the port is taken or the host cannot be bound
   */
  public static SaeServer start(ModelSet models, List<PageRoutes> pages, ServerOptions options) {
    SaeServer s = new SaeServer(models, pages, options);
    try {
      s.jetty.start();
    } catch (Exception e) {
      s.inference.shutdownNow();
      try {
        s.jetty.stop();
      } catch (Exception ignored) {
        // already failed to start; the first error is the one to report
      }
      Throwable cause = e instanceof IOException && e.getCause() != null ? e.getCause() : e;
      if (e instanceof BindException || cause instanceof BindException || e.getMessage() != null && e.getMessage().contains("bind")) {
        throw new InvalidInputException("cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage());
      }
      throw new IllegalStateException("the HTTP server did not start: " + e, e);
    }
    return s;
  }

  /** The port listened on (the chosen one when the options said 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** {@code http://HOST:PORT}. */
  public String url() {
    String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + h + ":" + port();
  }

  public ModelSet models() {
    return models;
  }

  /** How many predict calls were answered 503 because the queue was full. */
  public int rejectedCalls() {
    return rejected.get();
  }

  /** How many predict calls wait in the queue for a worker now. */
  public int waitingCalls() {
    return inference.getQueue().size();
  }

  /** Blocks until the server has stopped. */
  public void join() throws InterruptedException {
    jetty.join();
  }

  /**
   * Stops gracefully: no new connection is accepted, new requests on open connections get 503, every accepted
   * request finishes (up to {@link ServerOptions#drainSeconds()}), then the models are closed. Idempotent.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    try {
      jetty.stop(); // GracefulHandler: waits for the requests in flight, queued predict calls included
    } catch (Exception e) {
      throw new IllegalStateException("stopping the HTTP server: " + e, e);
    } finally {
      inference.shutdown();
      try {
        inference.awaitTermination(options.drainSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      models.close();
    }
  }

  /** Dispatches to the REST API or a page, and moves predict calls onto the inference pool. */
  private final class Router extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      String path = request.getHttpURI().getPath();
      String method = request.getMethod();
      try {
        if (RestApi.owns(path)) {
          rest(request, response, callback, method, path);
          return true;
        }
        for (PageRoutes p : pages) {
          if (path.startsWith(p.prefix()) || path.equals(p.prefix().substring(0, p.prefix().length() - 1))) {
            byte[] body = method.equals("POST") ? body(request) : new byte[0];
            send(response, callback, p.handle(method, path, query(request), body));
            return true;
          }
        }
        if (path.equals("/")) {
          send(response, callback, Reply.text(200, "text/html; charset=utf-8", Index.html(models, pages)));
          return true;
        }
        send(response, callback, Reply.text(404, "text/plain; charset=utf-8", "not found: " + path + "\n"));
      } catch (ServingException e) {
        send(response, callback, Reply.error(e));
      } catch (InvalidInputException e) {
        send(response, callback, Reply.error(400, e.getMessage()));
      } catch (Exception e) {
        send(response, callback, Reply.error(500, e.toString()));
      }
      return true;
    }

    private void rest(Request request, Response response, Callback callback, String method, String path) {
      // the body is read before any check, so an error answer leaves the connection clean for the client's next call
      byte[] body = method.equals("POST") ? body(request) : new byte[0];
      RestApi.Route route = RestApi.route(method, path);
      if (route.kind() != RestApi.Kind.PREDICT) {
        send(response, callback, api.describe(route));
        return;
      }
      ServedModel model = api.servable(route);
      if (closing.get()) {
        throw ServingException.unavailable("the server is shutting down");
      }
      try {
        inference.execute(() -> send(response, callback, predict(model, body)));
      } catch (RejectedExecutionException e) {
        rejected.incrementAndGet();
        throw ServingException.unavailable("the server is busy: " + options.workers() + " predict calls running and "
            + options.queue() + " waiting; try again");
      }
    }

    private Reply predict(ServedModel model, byte[] body) {
      try {
        return api.predict(model, body);
      } catch (ServingException e) {
        return Reply.error(e);
      } catch (UnsupportedOperationException | IllegalArgumentException e) {
        return Reply.error(400, e.getMessage());
      } catch (RuntimeException e) {
        return Reply.error(500, e.toString());
      }
    }

    /** The body, at most {@link ServerOptions#maxBodyBytes()}. @throws ServingException 413 when larger */
    private byte[] body(Request request) {
      long max = options.maxBodyBytes();
      long declared = request.getLength();
      if (declared > max) {
        throw new ServingException(413, "request body of " + declared + " bytes is larger than the limit of " + max + " bytes");
      }
      try (InputStream in = Content.Source.asInputStream(request)) {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
          throw new ServingException(413, "request body is larger than the limit of " + max + " bytes");
        }
        return bytes;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Map<String, String> query(Request request) {
      Map<String, String> out = new HashMap<>();
      Fields fields = Request.extractQueryParameters(request);
      for (Fields.Field f : fields) {
        out.put(f.getName(), f.getValue());
      }
      return out;
    }

    private void send(Response response, Callback callback, Reply reply) {
      response.setStatus(reply.status());
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
      response.write(true, ByteBuffer.wrap(reply.body()), callback);
    }
  }
}
