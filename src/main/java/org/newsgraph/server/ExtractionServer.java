package org.newsgraph.server;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.Extraction;
import org.newsgraph.ExtractionTimeoutException;
import org.newsgraph.NewsGraph;
import org.newsgraph.TextTooLongException;
import org.newsgraph.html.HtmlPage;
import org.newsgraph.json.ExtractionJson;

/**
 * newsgraph's HTTP service on the JDK's built-in server, with one shared {@link NewsGraph}.
 *
 * <p>Bounded everywhere: at most {@code threads} documents are extracted at once and at most
 * {@code queue} more requests wait for a thread; one request more gets 503 with {@code
 * Retry-After} at once. The server's own handler pool is fixed ({@code threads + queue} plus a few
 * spare threads that answer refusals) with a bounded backlog of accepted connections; a
 * connection beyond that backlog is closed. Bodies are read up to the limit and no further.
 *
 * <p>The server listens at once and becomes ready when the models are loaded ({@code GET /health}
 * says which). {@link #shutdown(Duration)} refuses new requests with 503, lets the requests in
 * flight finish, then closes the port.
 */
public final class ExtractionServer {

  /** Handler threads beyond the extraction slots, for quick answers (health, refusals, errors). */
  private static final int SPARE_HANDLERS = 4;
  private static final String FORM_ACTION = "/extract?format=html";

  private final ServerOptions options;
  private final CompletableFuture<NewsGraph> graph;
  private final HttpServer http;
  private final ThreadPoolExecutor handlers;
  private final Semaphore admitted;
  private final Semaphore workers;
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicLong brokenExchanges = new AtomicLong();
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Object idle = new Object();

  private ExtractionServer(ServerOptions options, CompletableFuture<NewsGraph> loading)
      throws IOException {
    this.options = options;
    this.graph = loading.thenApply(g -> options.timeBudget().map(g::withTimeBudget).orElse(g));
    this.admitted = new Semaphore(options.threads() + options.queue());
    this.workers = new Semaphore(options.threads(), true);
    int pool = options.threads() + options.queue() + SPARE_HANDLERS;
    this.handlers = new ThreadPoolExecutor(pool, pool, 30, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(4 * pool),
        new ThreadFactoryBuilder().setNameFormat("newsgraph-http-%d").setDaemon(true).build());
    this.http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 4 * pool);
    http.setExecutor(handlers);
    http.createContext("/", this::handle);
    http.start();
  }

  /**
   * Binds and starts serving; {@code loading} delivers the instance (the service is ready when it
   * completes, and answers 503 until then).
   */
  public static ExtractionServer start(ServerOptions options, CompletableFuture<NewsGraph> loading)
      throws IOException {
    checkNotNull(options, "options");
    checkNotNull(loading, "loading");
    return new ExtractionServer(options, loading);
  }

  /** The address the server listens on (with the real port when 0 was asked for). */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  /** Whether the models are loaded and the service is not shutting down. */
  public boolean ready() {
    return graph.isDone() && !graph.isCompletedExceptionally() && !closing.get();
  }

  /** Extraction requests admitted and not yet answered (running or waiting for a thread). */
  public int inFlight() {
    return options.threads() + options.queue() - admitted.availablePermits();
  }

  /** Whether {@link #shutdown} has begun. */
  public boolean closing() {
    return closing.get();
  }

  /** Exchanges whose client went away before the answer was written. */
  public long brokenExchanges() {
    return brokenExchanges.get();
  }

  /**
   * Stops gracefully: from now on every request gets 503; the requests in flight finish (waiting
   * at most {@code grace}); then the port is closed. Idempotent; a second call waits for the first.
   */
  public void shutdown(Duration grace) {
    checkNotNull(grace, "grace");
    if (!closing.compareAndSet(false, true)) {
      awaitStoppedUninterruptibly();
      return;
    }
    long deadline = System.nanoTime() + grace.toNanos();
    synchronized (idle) {
      long left;
      while (active.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
        try {
          TimeUnit.NANOSECONDS.timedWait(idle, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    http.stop(0);
    handlers.shutdown();
    stopped.countDown();
  }

  /** Blocks until {@link #shutdown} has closed the port. */
  public void awaitStopped() throws InterruptedException {
    stopped.await();
  }

  private void awaitStoppedUninterruptibly() {
    boolean interrupted = false;
    while (true) {
      try {
        stopped.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- requests

  private void handle(HttpExchange ex) {
    active.incrementAndGet();
    try {
      respond(ex);
    } catch (IOException e) {
      // The client closed the connection before its answer was complete: nobody to tell.
      brokenExchanges.incrementAndGet();
    } finally {
      ex.close();
      if (active.decrementAndGet() == 0) {
        synchronized (idle) {
          idle.notifyAll();
        }
      }
    }
  }

  private void respond(HttpExchange ex) throws IOException {
    try {
      if (closing.get()) {
        throw new HttpError(503, "ShuttingDown", "the service is shutting down",
            Map.of("Retry-After", String.valueOf(options.retryAfterSeconds()), "Connection", "close"));
      }
      String path = ex.getRequestURI().getPath();
      switch (path) {
        case "/" -> {
          allow(ex, "GET");
          send(ex, 200, "text/html; charset=utf-8", formPage(), true);
        }
        case "/health" -> {
          allow(ex, "GET");
          health(ex);
        }
        case "/extract" -> {
          allow(ex, "POST");
          extract(ex);
        }
        default -> throw new HttpError(404, "NotFound",
            "no such path: " + path + " (the service has GET /, GET /health and POST /extract)");
      }
    } catch (HttpError e) {
      sendError(ex, e);
    } catch (RuntimeException e) {
      sendError(ex, new HttpError(500, e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
    }
  }

  private static void allow(HttpExchange ex, String method) throws HttpError {
    if (!ex.getRequestMethod().equals(method)) {
      throw new HttpError(405, "MethodNotAllowed", ex.getRequestMethod() + " is not allowed on "
          + ex.getRequestURI().getPath() + " (use " + method + ")", Map.of("Allow", method));
    }
  }

  private void health(HttpExchange ex) throws IOException, HttpError {
    NewsGraph g = readyGraph();
    ObjectNode n = ExtractionJson.mapper().createObjectNode();
    n.put("status", "ready");
    n.put("threads", options.threads());
    n.put("queue", options.queue());
    n.put("inFlight", inFlight());
    n.put("maxBodyBytes", options.maxBodyBytes());
    n.put("maxTextLength", g.maxTextLength());
    n.put("timeBudgetMs", options.timeBudget().map(Duration::toMillis).orElse(null));
    n.put("brokenExchanges", brokenExchanges.get());
    send(ex, 200, "application/json; charset=utf-8", ExtractionJson.compact(n) + "\n", false);
  }

  private NewsGraph readyGraph() throws HttpError {
    if (!graph.isDone()) {
      throw new HttpError(503, "Loading", "the models are still loading",
          Map.of("Retry-After", String.valueOf(options.retryAfterSeconds())));
    }
    try {
      return graph.join();
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new HttpError(500, "LoadFailed", "the models failed to load: " + cause);
    }
  }

  private void extract(HttpExchange ex) throws IOException, HttpError {
    NewsGraph g = readyGraph();
    boolean html = wantsHtml(ex);
    if (!admitted.tryAcquire()) {
      throw new HttpError(503, "Busy", "too many requests in flight (" + inFlight() + "); retry later",
          Map.of("Retry-After", String.valueOf(options.retryAfterSeconds())));
    }
    try {
      ExtractRequest req =
          ExtractRequest.read(ex.getRequestHeaders(), ex.getRequestBody(), options.maxBodyBytes());
      Extraction x = run(g, req.text());
      if (html) {
        send(ex, 200, "text/html; charset=utf-8", resultPage(req, x), true);
      } else {
        send(ex, 200, "application/json; charset=utf-8",
            ExtractionJson.toJson(x, req.source()) + "\n", false);
      }
    } finally {
      admitted.release();
    }
  }

  private Extraction run(NewsGraph g, String text) throws HttpError {
    try {
      workers.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpError(503, "Interrupted", "the service stopped while the request waited");
    }
    try {
      return g.extract(text);
    } catch (TextTooLongException e) {
      throw new HttpError(413, "TextTooLong", e.getMessage());
    } catch (ExtractionTimeoutException e) {
      throw new HttpError(504, "ExtractionTimeout", e.getMessage());
    } catch (CancellationException e) {
      throw new HttpError(503, "Interrupted", String.valueOf(e.getMessage()));
    } finally {
      workers.release();
    }
  }

  /** {@code ?format=html|json} decides; else an {@code Accept} naming text/html asks for the page. */
  private static boolean wantsHtml(HttpExchange ex) throws HttpError {
    String query = ex.getRequestURI().getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("format=")) {
          String f = pair.substring("format=".length()).toLowerCase(Locale.ROOT);
          return switch (f) {
            case "html" -> true;
            case "json" -> false;
            default -> throw new HttpError(400, "BadFormat",
                "format '" + f + "' is not one of html, json");
          };
        }
      }
    }
    String accept = ex.getRequestHeaders().getFirst("Accept");
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
  }

  private static String formPage() throws IOException {
    StringWriter w = new StringWriter();
    HtmlPage.begin(w, "newsgraph").form(FORM_ACTION, "").end();
    return w.toString();
  }

  private static String resultPage(ExtractRequest req, Extraction x) throws IOException {
    StringWriter w = new StringWriter(req.text().length() * 4 + 16_384);
    String source = req.source() != null ? req.source() : "your text";
    HtmlPage.begin(w, "newsgraph").form(FORM_ACTION, req.text())
        .document(source, req.text(), x).end();
    return w.toString();
  }

  private void sendError(HttpExchange ex, HttpError e) throws IOException {
    ObjectNode tree = ExtractionJson.errorTree(null, e.type(), e.getMessage());
    ((ObjectNode) tree.get("error")).put("status", e.status());
    e.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    send(ex, e.status(), "application/json; charset=utf-8", ExtractionJson.compact(tree) + "\n", false);
  }

  private static void send(HttpExchange ex, int status, String type, String body, boolean page)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    if (page) {
      ex.getResponseHeaders().set("Content-Security-Policy", HtmlPage.contentSecurityPolicy());
    }
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.sendResponseHeaders(status, -1); // a HEAD answer has headers only
      return;
    }
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
