package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsgraph.NewsGraph;
import org.newsgraph.SharedPipeline;
import org.newsgraph.TestGraphs;
import org.newsgraph.json.ExtractionJson;

/**
 * The service on an ephemeral loopback port: answers, every refusal status with its JSON error,
 * readiness, a full queue, the time budget and a graceful shutdown; after each refusal it goes on
 * serving.
 */
class ExtractionServerTest {

  /** Invented, with characters that need escaping in JSON and HTML. */
  static final String TEXT =
      "Lena Ostrova, the trade minister of Poland, said \"our <b>chip</b> plants & ports\" will "
          + "double output. Vietnam leads in battery packaging, analysts said on Tuesday.";

  private static ServerOptions options() {
    return ServerOptions.defaults().withPort(0).withThreads(2).withQueue(2)
        .withTimeBudget(Optional.empty());
  }

  private static ExtractionServer start(ServerOptions o) throws IOException {
    return ExtractionServer.start(o, CompletableFuture.completedFuture(SharedPipeline.get()));
  }

  private static String expectedJson(String text, String source) {
    return ExtractionJson.toJson(SharedPipeline.get().extract(text), source) + "\n";
  }

  /** The error's type, after checking the status and the JSON shape. */
  private static String error(HttpResponse<String> r, int status) throws IOException {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode n = ExtractionJson.mapper().readTree(r.body());
    assertEquals(ExtractionJson.SCHEMA_VERSION, n.get("schemaVersion").asInt());
    assertEquals(status, n.path("error").path("status").asInt());
    assertTrue(n.path("error").path("message").asText().length() > 5, r.body());
    return n.path("error").path("type").asText();
  }

  @Test
  void answersJsonAndHtmlAndRefusesBadRequestsWithTheirStatus() throws Exception {
    ExtractionServer server = start(options());
    ServiceClient c = new ServiceClient(server);
    try {
      HttpResponse<String> r = c.post("/extract", "text/plain; charset=utf-8", TEXT);
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(expectedJson(TEXT, null), r.body());
      assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").get());

      String json = "{\"text\": " + ExtractionJson.mapper().writeValueAsString(TEXT)
          + ", \"source\": \"memo-7\"}";
      r = c.post("/extract", "application/json", json);
      assertEquals(expectedJson(TEXT, "memo-7"), r.body());

      String form = "text=" + URLEncoder.encode(TEXT, StandardCharsets.UTF_8);
      r = c.send(HttpRequest.newBuilder(c.uri("/extract")).header("Accept", "text/html,*/*")
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)));
      assertEquals(200, r.statusCode());
      assertTrue(r.headers().firstValue("Content-Security-Policy").get().startsWith("default-src 'none'"));
      Document page = Jsoup.parse(r.body());
      assertEquals(TEXT, page.selectFirst("section.doc .text").wholeText());
      assertEquals(TEXT, page.selectFirst("textarea").wholeText());
      assertEquals(1, page.select("script").size());

      r = c.post("/extract?format=html", "text/plain", TEXT);
      assertEquals(TEXT, Jsoup.parse(r.body()).selectFirst("section.doc .text").wholeText());

      assertEquals("BadFormat", error(c.post("/extract?format=xml", "text/plain", TEXT), 400));
      assertEquals("NotUtf8", error(c.post("/extract", "text/plain",
          new byte[] {'a', (byte) 0xC3, '(', 'b'}), 400));
      assertEquals("BadJson", error(c.post("/extract", "application/json", "{\"text\": 5}"), 400));
      assertEquals("BadJson", error(c.post("/extract", "application/json", "{\"text\": "), 400));
      assertEquals("NotUtf8", error(c.post("/extract", "application/x-www-form-urlencoded",
          "text=%E2%82"), 400));
      assertEquals("BadForm", error(c.post("/extract", "application/x-www-form-urlencoded",
          "text=%G1"), 400));
      assertEquals("BadForm", error(c.post("/extract", "application/x-www-form-urlencoded",
          "source=x"), 400));
      assertEquals("UnsupportedMediaType", error(c.post("/extract", "text/csv", TEXT), 415));
      assertEquals("UnsupportedMediaType",
          error(c.post("/extract", "text/plain; charset=iso-8859-1", TEXT), 415));
      assertEquals("UnsupportedMediaType", error(c.post("/extract", null, TEXT), 415));
      assertEquals("NotFound", error(c.get("/nothing-here"), 404));
      r = c.get("/extract");
      assertEquals("MethodNotAllowed", error(r, 405));
      assertEquals("POST", r.headers().firstValue("Allow").get());
      r = c.post("/health", "text/plain", "x");
      assertEquals("MethodNotAllowed", error(r, 405));
      assertEquals("GET", r.headers().firstValue("Allow").get());
      assertEquals("MethodNotAllowed",
          error(c.send(HttpRequest.newBuilder(c.uri("/")).DELETE()), 405));
      r = c.send(HttpRequest.newBuilder(c.uri("/health")).method("HEAD", HttpRequest.BodyPublishers.noBody()));
      assertEquals(405, r.statusCode());
      assertEquals("", r.body());

      r = c.get("/");
      assertEquals(200, r.statusCode());
      Document form0 = Jsoup.parse(r.body());
      assertEquals("/extract?format=html", form0.selectFirst("form").attr("action"));
      assertEquals("", form0.selectFirst("textarea").wholeText());
      r = c.get("/health");
      assertEquals(200, r.statusCode());
      assertEquals("ready", ExtractionJson.mapper().readTree(r.body()).get("status").asText());

      // Over the library's text limit with a body limit above it: 413 all the same.
      ExtractionServer wide = start(options().withMaxBodyBytes(NewsGraph.DEFAULT_MAX_TEXT_LENGTH + 10));
      try {
        String huge = "a".repeat(NewsGraph.DEFAULT_MAX_TEXT_LENGTH + 1);
        assertEquals("TextTooLong", error(new ServiceClient(wide).post("/extract", "text/plain", huge), 413));
      } finally {
        wide.shutdown(Duration.ofSeconds(10));
      }

      // After all that, it still serves.
      assertEquals(expectedJson(TEXT, null), c.post("/extract", "text/plain", TEXT).body());
    } finally {
      server.shutdown(Duration.ofSeconds(30));
    }
  }

  @Test
  void aBodyOverTheLimitGets413WithOrWithoutALength() throws Exception {
    ExtractionServer server = start(options().withMaxBodyBytes(300));
    ServiceClient c = new ServiceClient(server);
    try {
      assertEquals("PayloadTooLarge", error(c.post("/extract", "text/plain", "b".repeat(301)), 413));
      // Chunked: no Content-Length, so the limit is found while reading.
      HttpResponse<String> r = c.send(HttpRequest.newBuilder(c.uri("/extract"))
          .header("Content-Type", "text/plain")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> repeated('c', 900))));
      assertEquals("PayloadTooLarge", error(r, 413));
      assertEquals(200, c.post("/extract", "text/plain", "c".repeat(300)).statusCode());
    } finally {
      server.shutdown(Duration.ofSeconds(30));
    }
  }

  @Test
  void aDocumentOverTheTimeBudgetGets504() throws Exception {
    // The document stalls in an injected stage until the budget interrupts it: over any budget on
    // any machine (a tiny budget alone is not: a descheduled caller can miss a fast document).
    String marker = "stall-marker-for-the-budget-test";
    NewsGraph stalling =
        TestGraphs.stallingOn(SharedPipeline.get(), marker, new CountDownLatch(1));
    ExtractionServer server = ExtractionServer.start(
        options().withTimeBudget(Optional.of(Duration.ofSeconds(1))),
        CompletableFuture.completedFuture(stalling));
    ServiceClient c = new ServiceClient(server);
    try {
      assertEquals("ExtractionTimeout",
          error(c.post("/extract", "text/plain", TEXT + " " + marker), 504));
      assertEquals(200, c.get("/health").statusCode());
    } finally {
      server.shutdown(Duration.ofSeconds(30));
    }
  }

  @Test
  void aFullQueueGets503WithRetryAfter() throws Exception {
    ExtractionServer server = start(options().withThreads(1).withQueue(0));
    ServiceClient c = new ServiceClient(server);
    try {
      ServiceClient.SlowRequest held = c.slowPost(TEXT, 10);
      ServiceClient.await(() -> server.inFlight() == 1, "the slow request holds the only slot");
      HttpResponse<String> r = c.post("/extract", "text/plain", TEXT);
      assertEquals("Busy", error(r, 503));
      assertEquals("1", r.headers().firstValue("Retry-After").get());
      String answer = held.finish();
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
      assertTrue(answer.endsWith("\r\n\r\n" + expectedJson(TEXT, null)), answer);
      assertEquals(expectedJson(TEXT, null), c.post("/extract", "text/plain", TEXT).body());
    } finally {
      server.shutdown(Duration.ofSeconds(30));
    }
  }

  @Test
  void notReadyUntilTheModelsAreLoaded() throws Exception {
    CompletableFuture<NewsGraph> loading = new CompletableFuture<>();
    ExtractionServer server = ExtractionServer.start(options(), loading);
    ServiceClient c = new ServiceClient(server);
    try {
      HttpResponse<String> r = c.get("/health");
      assertEquals("Loading", error(r, 503));
      assertTrue(r.headers().firstValue("Retry-After").isPresent());
      assertEquals("Loading", error(c.post("/extract", "text/plain", TEXT), 503));
      loading.complete(SharedPipeline.get());
      assertEquals(200, c.get("/health").statusCode());
      assertEquals(expectedJson(TEXT, null), c.post("/extract", "text/plain", TEXT).body());
    } finally {
      server.shutdown(Duration.ofSeconds(30));
    }
  }

  @Test
  void shutdownFinishesRequestsInFlightAndRefusesNewOnes() throws Exception {
    ExtractionServer server = start(options());
    ServiceClient c = new ServiceClient(server);
    int port = server.address().getPort();
    ServiceClient.SlowRequest inFlight = c.slowPost(TEXT, 20);
    ServiceClient.await(() -> server.inFlight() == 1, "the request is in flight");
    Thread stopper = new Thread(() -> server.shutdown(Duration.ofMinutes(2)));
    stopper.start();
    ServiceClient.await(server::closing, "shutdown has begun");
    assertEquals("ShuttingDown", error(c.get("/health"), 503));
    assertEquals("ShuttingDown", error(c.post("/extract", "text/plain", TEXT), 503));
    String answer = inFlight.finish();
    assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    assertTrue(answer.endsWith("\r\n\r\n" + expectedJson(TEXT, null)), "complete answer: " + answer);
    stopper.join(120_000);
    assertTrue(!stopper.isAlive(), "shutdown returned");
    assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
  }

  private static InputStream repeated(char c, int n) {
    return new InputStream() {
      private int left = n;

      @Override
      public int read() {
        return left-- > 0 ? c : -1;
      }
    };
  }
}
