package org.newsgraph.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Entity;
import org.newsgraph.Extraction;
import org.newsgraph.Mention;
import org.newsgraph.Quote;
import org.newsgraph.Relation;
import org.newsgraph.SharedPipeline;
import org.newsgraph.server.ExtractionServer;
import org.newsgraph.server.ServerOptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser (headless Chromium, see {@link HeadlessChromium}): the highlighted
 * spans are the mentions, clicks highlight an entity's mentions, a relation's evidence and a
 * quote, hostile text runs nothing, and the service's own page posts a text and shows its view.
 */
class BrowserTest {

  @TempDir static Path dir;
  private static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() throws IOException {
    driver = HeadlessChromium.start(dir.resolve("profile"));
  }

  @AfterAll
  static void quitBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static void open(String name, String text, Extraction x) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, ExtractionHtml.render(name, text, x), StandardCharsets.UTF_8);
    driver.get(file.toUri().toString());
  }

  private static String textOf(WebElement e) {
    return e.getDomProperty("textContent");
  }

  private static String joined(List<WebElement> pieces) {
    StringBuilder b = new StringBuilder();
    pieces.forEach(p -> b.append(textOf(p)));
    return b.toString();
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @Test
  void seedPageHighlightsMentionsEvidenceAndQuotesOnClick() throws IOException {
    String seed = SharedPipeline.seed();
    Extraction x = SharedPipeline.get().extract(seed);
    open("seed.html", seed, x);

    List<String> mentions = x.entities().stream().flatMap(e -> e.mentions().stream())
        .sorted(Comparator.comparingInt(Mention::start)).map(Mention::text).toList();
    List<String> marked = driver.findElements(By.cssSelector(".text mark[data-e]")).stream()
        .map(BrowserTest::textOf).toList();
    assertEquals(mentions, marked, "the highlighted spans are the mentions");
    assertEquals(seed, textOf(driver.findElement(By.cssSelector(".text"))));

    // The entity with the most mentions: click its last one in the text.
    int busiest = 0;
    for (int i = 1; i < x.entities().size(); i++) {
      if (x.entities().get(i).mentions().size() > x.entities().get(busiest).mentions().size()) {
        busiest = i;
      }
    }
    Entity e = x.entities().get(busiest);
    String id = "d1-e" + busiest;
    List<WebElement> ofEntity = driver.findElements(By.cssSelector(".text mark[data-e='" + id + "']"));
    ofEntity.get(ofEntity.size() - 1).click();
    List<WebElement> lit = driver.findElements(By.cssSelector(".text mark.hl"));
    assertEquals(e.mentions().size(), lit.size(), "every mention of " + e.name() + " is lit");
    assertTrue(lit.stream().allMatch(m -> m.getDomAttribute("data-e").equals(id)));
    assertTrue(driver.findElement(By.cssSelector("tr[data-id='" + id + "']")).getDomAttribute("class")
        .contains("hl"));

    // A relation row: its evidence is lit and scrolled into view, the entity is not lit any more.
    int ri = x.relations().size() - 1;
    Relation r = x.relations().get(ri);
    driver.findElement(By.cssSelector("tr[data-id='d1-r" + ri + "']")).click();
    List<WebElement> evidence = driver.findElements(By.cssSelector(".text .ev.hl"));
    assertEquals(r.evidence().text(), joined(evidence));
    assertTrue(driver.findElements(By.cssSelector(".text mark.hl")).isEmpty());
    assertTrue((Boolean) js("const b = arguments[0].getBoundingClientRect();"
        + " return b.bottom > 0 && b.top < window.innerHeight;", evidence.get(0)), "evidence in view");
    r.trigger().ifPresent(t -> assertEquals(t.text(),
        joined(driver.findElements(By.cssSelector(".text .trig.hl")))));

    // A quote row: the quote's pieces are lit.
    int qi = x.quotes().size() / 2;
    Quote q = x.quotes().get(qi);
    driver.findElement(By.cssSelector("tr[data-id='d1-q" + qi + "']")).click();
    assertEquals(q.text(), joined(driver.findElements(By.cssSelector(".text span.q.hl"))));
  }

  @Test
  void hostileTextRunsNothing() throws IOException {
    String text = ExtractionHtmlTest.HOSTILE;
    open("hostile.html", text, SharedPipeline.get().extract(text));
    // Compared inside the page: the driver's transport folds CR LF in strings it returns.
    assertEquals(Boolean.TRUE,
        js("return document.querySelector('.text').textContent === arguments[0];", text));
    assertEquals(Boolean.TRUE, js("return typeof window.pwned === 'undefined';"));
    assertTrue(driver.findElements(By.cssSelector(".text b, .text img, .text script")).isEmpty());
  }

  @Test
  void theServicePagePostsATextAndShowsItsView() throws IOException {
    String text = "Tomas Brandt, chief economist at Velda Bank, said Poland & Vietnam will expand "
        + "\"chip\" packaging plants. Germany leads in machine tools, analysts said.";
    ExtractionServer server = ExtractionServer.start(
        ServerOptions.defaults().withPort(0).withThreads(1).withQueue(2).withTimeBudget(Optional.empty()),
        CompletableFuture.completedFuture(SharedPipeline.get()));
    try {
      driver.get("http://127.0.0.1:" + server.address().getPort() + "/");
      WebElement box = driver.findElement(By.cssSelector("textarea[name=text]"));
      box.sendKeys(text);
      driver.findElement(By.id("submit")).click();
      WebDriver page = new WebDriverWait(driver, Duration.ofSeconds(90))
          .until(d -> d.findElements(By.cssSelector("section.doc .text")).isEmpty() ? null : d);
      new WebDriverWait(page, Duration.ofSeconds(10))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.entities")));
      assertEquals(text, textOf(driver.findElement(By.cssSelector("section.doc .text"))));
      assertEquals(text, driver.findElement(By.cssSelector("textarea[name=text]")).getDomProperty("value"));
      Extraction x = SharedPipeline.get().extract(text);
      List<String> mentions = x.entities().stream().flatMap(e -> e.mentions().stream())
          .sorted(Comparator.comparingInt(Mention::start)).map(Mention::text).toList();
      assertFalse(mentions.isEmpty());
      assertEquals(mentions, driver.findElements(By.cssSelector(".text mark[data-e]")).stream()
          .map(BrowserTest::textOf).toList());
    } finally {
      server.shutdown(Duration.ofSeconds(30));
    }
  }
}
