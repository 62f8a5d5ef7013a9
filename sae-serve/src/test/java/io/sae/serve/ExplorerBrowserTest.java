package io.sae.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.sae.lab.Sae;
import io.sae.runtime.run.RunDirectory;
import io.sae.serve.explore.Explorer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in a real browser: Debian's headless Chromium driven by Selenium through the system chromedriver.
 * The page loads without console errors, the scatter draws every test sample, hover shows a thumbnail, click shows
 * the neighbours and the reconstruction, a label typed in the page ends up in the CSV, and retraining from the
 * page reloads it on the new run. Screenshots go to target/. Skipped (with the reason printed) only when
 * Chromium or its driver is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target/explorer-screenshots");
  @TempDir static Path tmp;
  static Sae sae;
  static Path run;
  static SaeServer server;
  static Explorer explorer;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      String why = "ExplorerBrowserTest skipped: " + CHROMIUM + " or " + DRIVER
          + " is not installed (apt-get install -y chromium chromium-driver; .ci/run does)";
      System.out.println(why);
      Assumptions.abort(why);
    }
    sae = TinyRun.sae();
    run = TinyRun.train(sae, tmp, false);
    ModelSet models = new ModelSet(List.of(ServedModel.load("ae", run)));
    explorer = new Explorer(sae, models, Explorer.DEFAULT_POINTS);
    server = SaeServer.start(models, List.of(explorer), ServerOptions.defaults(0));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--window-size=1300,1500", "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      explorer.awaitRetraining("ae", 60_000);
      server.close();
    }
    if (sae != null) {
      sae.close();
    }
  }

  static WebDriverWait waiting(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  static void screenshot(String name) throws Exception {
    File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Moves the mouse onto point {@code row} of the scatter {@code scatterJs} names, in viewport coordinates. */
  static Actions onPoint(String scatterJs, int row) {
    @SuppressWarnings("unchecked")
    List<Number> xy = (List<Number>) js("var s = " + scatterJs + ", c = s.canvas; c.scrollIntoView({block: 'center'});"
        + " var r = c.getBoundingClientRect(), p = s.screen(arguments[0]);"
        + " return [r.left + c.clientLeft + p.x * c.clientWidth / c.width, r.top + c.clientTop + p.y * c.clientHeight / c.height];", row);
    return new Actions(browser).moveToLocation((int) Math.round(xy.get(0).doubleValue()), (int) Math.round(xy.get(1).doubleValue()));
  }

  static Actions onPoint(int row) {
    return onPoint("window.saeExplorer.scatter", row);
  }

  static boolean loaded(WebElement img) {
    return Boolean.TRUE.equals(js("return arguments[0].complete && arguments[0].naturalWidth > 0;", img));
  }

  static List<String> consoleErrors() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
  }

  @Test
  @Order(1)
  void thePageDrawsEveryTestSampleAndHoverAndClickShowSamplesAndNeighbours() throws Exception {
    browser.get(server.url() + "/explore/ae");
    waiting(60).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    WebElement canvas = browser.findElement(By.id("scatter"));
    assertThat(canvas.getAttribute("data-points")).isEqualTo("200");
    screenshot("1-loaded");

    onPoint(17).perform();
    waiting(20).until(d -> "17".equals(d.findElement(By.id("hover-thumb")).getAttribute("data-row")));
    waiting(20).until(d -> loaded(d.findElement(By.id("hover-thumb"))));
    assertThat(browser.findElement(By.id("hover-caption")).getText()).startsWith("test sample 17, label ");

    onPoint(17).click().perform();
    waiting(20).until(d -> "8".equals(d.findElement(By.id("neighbours")).getAttribute("data-count")));
    List<WebElement> neighbours = browser.findElements(By.cssSelector("#neighbours img.neighbour"));
    assertThat(neighbours).hasSize(8);
    waiting(20).until(d -> neighbours.stream().allMatch(ExplorerBrowserTest::loaded));
    waiting(20).until(d -> loaded(d.findElement(By.id("reconstruction"))));
    assertThat(browser.findElement(By.id("neighbour-measure")).getText()).isEqualTo("8 nearest by Euclidean distance in latent space:");

    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("colour"))).selectByValue("confidence");
    assertThat(canvas.getAttribute("data-points")).isEqualTo("200");
    browser.findElement(By.id("morph-go")).click();
    waiting(30).until(d -> loaded(d.findElement(By.id("morph"))));
    screenshot("2-hover-click-morph");

    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("projection"))).selectByValue("tsne");
    waiting(60).until(d -> !d.findElement(By.id("summary")).getText().startsWith("computing"));
    assertThat(canvas.getAttribute("data-points")).isEqualTo("200");
    screenshot("3-tsne");

    // 10,000 points (the MNIST test set): the same scatter with seeded synthetic points, timed over 5 draws
    @SuppressWarnings("unchecked")
    List<Number> timing = (List<Number>) js("var s = window.saeExplorer.scatter, n = 10000, xy = new Float32Array(2 * n), col = [], seed = 1;"
        + " function rnd() { seed = (seed * 16807) % 2147483647; return seed / 2147483647; }"
        + " for (var i = 0; i < n; i++) { xy[2 * i] = rnd(); xy[2 * i + 1] = rnd(); col.push(SaeScatter.classColour(i % 10)); }"
        + " s.setPoints(xy); s.setColours(col); var t = [];"
        + " for (var k = 0; k < 5; k++) { var t0 = performance.now(); s.draw(); t.push(performance.now() - t0); }"
        + " t.sort(function (a, b) { return a - b; }); return [Number(s.canvas.getAttribute('data-points')), t[2], t[4]];");
    assertThat(timing.get(0).intValue()).isEqualTo(10_000);
    String line = String.format(java.util.Locale.ROOT, "10000 points: median draw %.1f ms, slowest of 5 %.1f ms (headless Chromium, software rendering)%n",
        timing.get(1).doubleValue(), timing.get(2).doubleValue());
    System.out.print("ExplorerBrowserTest: " + line);
    Files.writeString(SHOTS.resolve("draw-10000.txt"), line);
    screenshot("3b-10000-points");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  @Order(2)
  void aLabelTypedInThePageEndsUpInTheCsvAndRetrainingLoadsTheNewRun() throws Exception {
    browser.get(server.url() + "/explore/ae");
    waiting(60).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    browser.findElement(By.id("suggest")).click();
    waiting(60).until(d -> d.findElements(By.cssSelector("#suggestions tbody tr")).size() == 20);
    WebElement first = browser.findElement(By.cssSelector("#suggestions tbody tr"));
    int index = Integer.parseInt(first.getAttribute("data-train-index"));
    first.findElement(By.cssSelector("input.label-input")).sendKeys("3");
    first.findElement(By.cssSelector("button.save-label")).click();
    waiting(20).until(d -> !first.findElement(By.cssSelector(".saved-state")).getText().isEmpty());
    screenshot("4-labelled");
    assertThat(first.findElement(By.cssSelector(".saved-state")).getText()).isEqualTo("saved");
    assertThat(Files.readAllLines(run.resolve("labels.csv"))).containsExactly("train_index,label", index + ",3");

    browser.findElement(By.id("retrain")).click();
    // the page polls the progress and reloads itself on the new run when it is complete
    waiting(120).until(d -> d.findElement(By.id("summary")).getText().contains("-relabel-1"));
    waiting(60).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    assertThat(browser.findElement(By.id("scatter")).getAttribute("data-points")).isEqualTo("200");
    assertThat(browser.findElement(By.id("retrain-status")).getText()).startsWith("complete: trained 1 epochs with 1 labels added");
    screenshot("5-retrained");
    Path next = run.resolveSibling(run.getFileName() + "-relabel-1");
    var config = RunDirectory.open(next).readConfig();
    assertThat(config.data().addLabels()).containsExactly(index);
    assertThat(config.initFrom()).isEqualTo(run.toAbsolutePath().normalize().toString());
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  @Order(3)
  void theEvaluationReportOpensFromDiskWithItsInteractiveScatter() throws Exception {
    try (var opened = sae.open(run)) {
      opened.evaluate();
    }
    Path html = run.resolve("report.html");
    assertThat(html).isRegularFile();
    assertThat(Files.readString(html)).doesNotContain("src=\"http", "href=\"http");
    browser.get(html.toUri().toString());
    waiting(30).until(d -> "200".equals(d.findElement(By.id("scatter")).getAttribute("data-points")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Evaluation of run");
    assertThat(browser.findElements(By.tagName("table"))).isNotEmpty();
    // the report's PNGs are embedded: every image has loaded from its data URI
    List<WebElement> images = browser.findElements(By.cssSelector("figure img"));
    assertThat(images).isNotEmpty();
    waiting(10).until(d -> images.stream().allMatch(ExplorerBrowserTest::loaded));
    WebElement canvas = browser.findElement(By.id("scatter"));
    onPoint("window.saeReport.scatter", 5).perform();
    screenshot("6-report-html");
    waiting(10).until(d -> d.findElement(By.id("hover-caption")).getAttribute("data-row") != null);
    // the caption names the point under the mouse: sample 5, or one drawn within the 8 pixels hover reaches
    int row = Integer.parseInt(canvas.findElement(By.xpath("//*[@id='hover-caption']")).getAttribute("data-row"));
    Number gap = (Number) js("var s = window.saeReport.scatter, a = s.screen(arguments[0]), b = s.screen(5);"
        + " return Math.hypot(a.x - b.x, a.y - b.y);", row);
    assertThat(gap.doubleValue()).isLessThanOrEqualTo(8.0);
    assertThat(browser.findElement(By.id("hover-caption")).getText()).startsWith("test sample " + row + ", label ");
    assertThat(consoleErrors()).isEmpty();
  }
}
