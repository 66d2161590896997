package org.newsgraph.server;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Optional;
import org.newsgraph.NewsGraph;

/**
 * How an {@link ExtractionServer} listens and how much it takes on.
 *
 * @param host the address to bind (default 127.0.0.1: only this machine can call)
 * @param port the port (0: any free port)
 * @param threads documents extracted at once
 * @param queue requests that may wait for a thread; one more gets 503 with Retry-After
 * @param maxBodyBytes the largest request body, in bytes (413 above it)
 * @param timeBudget the time one document may take (504 above it), if any
 * @param retryAfterSeconds what a 503 tells the client to wait
 */
public record ServerOptions(
    String host,
    int port,
    int threads,
    int queue,
    int maxBodyBytes,
    Optional<Duration> timeBudget,
    int retryAfterSeconds) {

  /** The most threads or queued requests accepted. */
  public static final int MAX_SLOTS = 1024;

  public ServerOptions {
    checkNotNull(host, "host");
    checkArgument(port >= 0 && port <= 65_535, "port (%s) must be between 0 and 65535", port);
    checkArgument(threads >= 1 && threads <= NewsGraph.MAX_THREADS,
        "threads (%s) must be between 1 and %s", threads, NewsGraph.MAX_THREADS);
    checkArgument(queue >= 0 && queue <= MAX_SLOTS, "queue (%s) must be between 0 and %s", queue,
        MAX_SLOTS);
    checkArgument(maxBodyBytes >= 1, "maxBodyBytes (%s) must be positive", maxBodyBytes);
    checkNotNull(timeBudget, "timeBudget");
    timeBudget.ifPresent(b -> checkArgument(!b.isNegative() && !b.isZero(),
        "time budget (%s) must be positive", b));
    checkArgument(retryAfterSeconds >= 1, "retryAfterSeconds (%s) must be positive",
        retryAfterSeconds);
  }

  /**
   * The defaults: 127.0.0.1:8080, one thread per core (at most 8), a queue of four requests per
   * thread, bodies up to {@link NewsGraph#DEFAULT_MAX_TEXT_LENGTH} bytes, a 60 s time budget.
   */
  public static ServerOptions defaults() {
    int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    return new ServerOptions("127.0.0.1", 8080, threads, 4 * threads,
        NewsGraph.DEFAULT_MAX_TEXT_LENGTH, Optional.of(Duration.ofSeconds(60)), 1);
  }

  public ServerOptions withHost(String h) {
    return new ServerOptions(h, port, threads, queue, maxBodyBytes, timeBudget, retryAfterSeconds);
  }

  public ServerOptions withPort(int p) {
    return new ServerOptions(host, p, threads, queue, maxBodyBytes, timeBudget, retryAfterSeconds);
  }

  public ServerOptions withThreads(int t) {
    return new ServerOptions(host, port, t, queue, maxBodyBytes, timeBudget, retryAfterSeconds);
  }

  public ServerOptions withQueue(int q) {
    return new ServerOptions(host, port, threads, q, maxBodyBytes, timeBudget, retryAfterSeconds);
  }

  public ServerOptions withMaxBodyBytes(int m) {
    return new ServerOptions(host, port, threads, queue, m, timeBudget, retryAfterSeconds);
  }

  public ServerOptions withTimeBudget(Optional<Duration> b) {
    return new ServerOptions(host, port, threads, queue, maxBodyBytes, b, retryAfterSeconds);
  }
}
