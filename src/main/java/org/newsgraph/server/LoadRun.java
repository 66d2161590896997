package org.newsgraph.server;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.NewsGraph;
import org.newsgraph.json.ExtractionJson;

/**
 * A bounded load on a running service: {@code clients} threads each send {@code requests} {@code
 * POST /extract} requests (text/plain, the documents in turn) and check every answer against the
 * JSON expected for its document, byte for byte. Reports throughput and latency; the check, not the
 * speed, is what a test asserts. Meant for loopback addresses only.
 */
public final class LoadRun {

  /** What a run measured. Latencies are in nanoseconds, sorted. */
  public record Result(int sent, int correct, ImmutableList<String> problems, long[] latencies,
      long wallNanos) {

    /** Requests per second over the whole run. */
    public double requestsPerSecond() {
      return sent * 1e9 / wallNanos;
    }

    /** The latency at {@code p} (0–100), in milliseconds, nearest rank. */
    public double percentileMillis(double p) {
      checkArgument(p >= 0 && p <= 100, "percentile (%s) must be between 0 and 100", p);
      if (latencies.length == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(p / 100 * latencies.length);
      return latencies[Math.max(0, rank - 1)] / 1e6;
    }
  }

  private LoadRun() {}

  /**
   * Starts a service on {@code graph} on a free loopback port ({@code threads} threads, a queue as
   * long as the number of clients, so that no request is refused), computes each document's
   * expected answer by a direct extraction, runs the load, and stops the service.
   */
  public static Result againstNewService(NewsGraph graph, int threads, List<String> texts,
      int clients, int requests) throws IOException, InterruptedException {
    checkNotNull(graph, "graph");
    List<String> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(ExtractionJson.toJson(graph.extract(t), null) + "\n");
    }
    ServerOptions options = ServerOptions.defaults().withPort(0).withThreads(threads)
        .withQueue(clients).withTimeBudget(Optional.empty());
    ExtractionServer server =
        ExtractionServer.start(options, CompletableFuture.completedFuture(graph));
    try {
      InetSocketAddress a = server.address();
      URI uri = URI.create("http://" + a.getHostString() + ":" + a.getPort() + "/extract");
      return run(uri, texts, expected, clients, requests);
    } finally {
      server.shutdown(Duration.ofSeconds(30));
    }
  }

  /**
   * Runs the load. {@code expected.get(i)} is the exact body the service must answer for {@code
   * texts.get(i)}.
   */
  public static Result run(URI extract, List<String> texts, List<String> expected, int clients,
      int requests) throws InterruptedException {
    checkNotNull(extract, "extract");
    checkArgument(!texts.isEmpty() && texts.size() == expected.size(),
        "texts (%s) and expected answers (%s) must be as many, and some", texts.size(),
        expected.size());
    checkArgument(clients >= 1 && clients <= 64, "clients (%s) must be between 1 and 64", clients);
    checkArgument(requests >= 1 && requests <= 10_000, "requests (%s) must be between 1 and 10000",
        requests);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    ExecutorService pool = Executors.newFixedThreadPool(clients,
        new ThreadFactoryBuilder().setNameFormat("load-client-%d").setDaemon(true).build());
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    long[] latencies = new long[clients * requests];
    long start = System.nanoTime();
    List<Future<Integer>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      done.add(pool.submit(() -> {
        int ok = 0;
        for (int i = 0; i < requests; i++) {
          int doc = (client + i) % texts.size();
          HttpRequest req = HttpRequest.newBuilder(extract)
              .timeout(Duration.ofMinutes(5))
              .header("Content-Type", "text/plain; charset=utf-8")
              .POST(HttpRequest.BodyPublishers.ofString(texts.get(doc), StandardCharsets.UTF_8))
              .build();
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            latencies[client * requests + i] = System.nanoTime() - t0;
            if (r.statusCode() == 200 && r.body().equals(expected.get(doc))) {
              ok++;
            } else {
              problems.add("client " + client + " request " + i + ": status " + r.statusCode()
                  + ", " + r.body().length() + " characters, expected " + expected.get(doc).length());
            }
          } catch (IOException e) {
            latencies[client * requests + i] = System.nanoTime() - t0;
            problems.add("client " + client + " request " + i + ": " + e);
          }
        }
        return ok;
      }));
    }
    int correct = 0;
    try {
      for (Future<Integer> f : done) {
        correct += f.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a load client failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    long wall = System.nanoTime() - start;
    Arrays.sort(latencies);
    return new Result(clients * requests, correct, ImmutableList.copyOf(problems), latencies, wall);
  }
}
