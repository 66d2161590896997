package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.newsgraph.NewsGraph;
import org.newsgraph.server.LoadRun;

/**
 * {@code serve-bench}: the service's load benchmark. Starts the service on a free loopback port,
 * sends {@code --clients} × {@code --requests} documents (the files given, in turn), checks every
 * answer against a direct extraction, and prints requests per second and p50/p95 latency. Exit
 * status 1 if any answer was wrong or missing.
 */
final class ServeBenchCommand {

  private ServeBenchCommand() {}

  static int run(List<String> args, Supplier<NewsGraph> graphs, PrintStream out)
      throws UsageException, IOException {
    int clients = 8;
    int requests = 50;
    int threads = 2;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--clients" -> clients = CliOptions.intIn(a, value(args, ++i, a), 1, 64);
        case "--requests" -> requests = CliOptions.intIn(a, value(args, ++i, a), 1, 10_000);
        case "--threads" -> threads = CliOptions.intIn(a, value(args, ++i, a), 1, NewsGraph.MAX_THREADS);
        default -> {
          if (a.startsWith("-")) {
            throw new UsageException("serve-bench: unknown option '" + a + "'");
          }
          files.add(Path.of(a));
        }
      }
    }
    if (files.isEmpty()) {
      throw new UsageException("serve-bench needs the documents to send (FILE...)");
    }
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      texts.add(Input.decode(Files.readAllBytes(f), NewsGraph.DEFAULT_MAX_TEXT_LENGTH));
    }
    LoadRun.Result r;
    try {
      r = LoadRun.againstNewService(graphs.get(), threads, texts, clients, requests);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    out.println(String.format(Locale.ROOT,
        "serve-bench: %d requests (%d clients x %d, %d documents, %d server threads, 127.0.0.1):"
            + " %d correct; %.1f requests/s; latency p50 %.0f ms, p95 %.0f ms",
        r.sent(), clients, requests, texts.size(), threads, r.correct(), r.requestsPerSecond(),
        r.percentileMillis(50), r.percentileMillis(95)));
    r.problems().stream().limit(10).forEach(p -> out.println("  " + p));
    return r.correct() == r.sent() ? 0 : 1;
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(i);
  }
}
