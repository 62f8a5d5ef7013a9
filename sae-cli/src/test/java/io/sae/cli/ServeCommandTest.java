package io.sae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sae serve} as a user runs it: bad input exits 2 with one line; SIGTERM stops it with every answered call whole. */
class ServeCommandTest {
  @TempDir static Path tmp;
  static Path run;

  @BeforeAll
  static void train() {
    run = tmp.resolve("ae");
    Cli t = Cli.run("train", "--dataset", "mnist", "--method", "ae", "--arch", "dense:32", "--limit", "500,200", "--labels", "100",
        "--epochs", "1", "--out", run.toString());
    assertThat(t.exit()).as(t.err()).isZero();
  }

  @Test
  void badInputIsOneLineAndExitCode2() {
    Cli missing = Cli.run("serve", tmp.resolve("nope").toString(), "--port", "0");
    assertThat(missing.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(missing.err()).startsWith("sae: error: ").contains("nope: no such file or folder");
    Cli twice = Cli.run("serve", run.toString(), "ae=" + run, "--port", "0");
    assertThat(twice.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(twice.err()).contains("two models are named 'ae': name them with NAME=PATH");
    Cli port = Cli.run("serve", run.toString(), "--port", "70000");
    assertThat(port.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(port.err()).contains("--port must be in 0..65535, got 70000");
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Cli busy = Cli.run("serve", run.toString(), "--port", Integer.toString(taken.getLocalPort()));
      assertThat(busy.exit()).isEqualTo(Main.EXIT_USER_ERROR);
      assertThat(busy.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Cli clients = Cli.run("bench", "serve", run.toString(), "--clients", "0");
    assertThat(clients.exit()).isEqualTo(Main.EXIT_USER_ERROR);
    assertThat(clients.err()).contains("--clients counts in 1..64");
    Cli help = Cli.run("serve", "--help");
    assertThat(help.out()).contains("WARNING: the server and the explorer have no authentication");
  }

  @Test
  void sigtermStopsTheServerAndEveryAnsweredCallIsWhole() throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(javaBin, "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "io.sae.cli.Main", "serve", "ae=" + run, "--port", "0", "--cache-dir", Cli.cacheDir().toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String url = null;
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    Pattern serving = Pattern.compile("serving on (http://127\\.0\\.0\\.1:\\d+) .*");
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      Matcher m = serving.matcher(line);
      if (m.matches()) {
        url = m.group(1);
        break;
      }
    }
    assertThat(url).as("sae serve printed where it listens").isNotNull();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest predict = HttpRequest.newBuilder(URI.create(url + "/v1/models/ae:predict"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"instances\": [" + zeros(784) + "]}")).build();
    assertThat(http.send(predict, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

    // clients keep calling while the server gets SIGTERM: each call gets a whole answer (200, or 503 while stopping) or
    // cannot connect once the port is closed; none is cut off or answered 500
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<String> bad = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      Thread t = new Thread(() -> {
        for (int i = 0; i < 2000 && !stop.get(); i++) {
          try {
            HttpResponse<String> a = http.send(predict, HttpResponse.BodyHandlers.ofString());
            if (a.statusCode() == 200 && a.body().startsWith("{\"predictions\":[[") && a.body().endsWith("]]}")) {
              ok.incrementAndGet();
            } else if (a.statusCode() == 503) {
              refused.incrementAndGet();
            } else {
              bad.add(a.statusCode() + " " + a.body());
            }
          } catch (IOException e) {
            refused.incrementAndGet();
            if (e instanceof java.net.ConnectException) {
              return;
            }
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      t.start();
      clients.add(t);
    }
    Thread.sleep(500);
    p.destroy(); // SIGTERM
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the server stopped within 30 s of SIGTERM").isTrue();
    stop.set(true);
    for (Thread t : clients) {
      t.join(30_000);
    }
    assertThat(bad).isEmpty();
    assertThat(ok.get()).isPositive();
    assertThat(p.exitValue()).isEqualTo(143); // 128 + SIGTERM, after the shutdown hook ran
  }

  static String zeros(int n) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "0.0" : ", 0.0");
    }
    return b.append("]").toString();
  }
}
