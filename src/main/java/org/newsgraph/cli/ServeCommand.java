package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.newsgraph.NewsGraph;
import org.newsgraph.server.ExtractionServer;
import org.newsgraph.server.ServerOptions;

/**
 * {@code serve}: runs the HTTP service until the process is stopped. It listens at once, loads
 * the models (until then {@code /health} answers 503), and on SIGTERM or Ctrl-C lets the requests
 * in flight finish and refuses new ones before it exits.
 */
final class ServeCommand {

  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar newsgraph.jar serve [--host 127.0.0.1] [--port 8080] [--threads N]",
          "           [--queue N] [--max-body BYTES] [--time-budget MS]",
          "",
          "  --host H          address to bind (default 127.0.0.1: this machine only)",
          "  --port N          port (default 8080; 0: any free port)",
          "  --threads N       documents extracted at once (default: cores, at most 8)",
          "  --queue N         requests that may wait for a thread (default 4 per thread);",
          "                    one more gets 503 with Retry-After",
          "  --max-body BYTES  largest request body (default 1000000, the library's text limit)",
          "  --time-budget MS  a document taking longer gets 504 (default 60000; 0: no budget)",
          "",
          "Endpoints: POST /extract (text/plain, application/json {\"text\",\"source\"} or a form",
          "field 'text'; ?format=html or Accept: text/html for the page), GET /, GET /health.");

  private ServeCommand() {}

  static ServerOptions parse(List<String> args) throws UsageException {
    ServerOptions o = ServerOptions.defaults();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String name = CliOptions.optionName(a);
      String value = CliOptions.inlineValue(a);
      if (!List.of("--host", "--port", "--threads", "--queue", "--max-body", "--time-budget")
          .contains(name)) {
        throw new UsageException("serve: unknown argument '" + a + "'");
      }
      if (value == null) {
        value = CliOptions.next(args, ++i, name);
      }
      o = switch (name) {
        case "--host" -> o.withHost(value);
        case "--port" -> o.withPort(CliOptions.intIn(name, value, 0, 65_535));
        case "--threads" -> o.withThreads(CliOptions.intIn(name, value, 1, NewsGraph.MAX_THREADS));
        case "--queue" -> o.withQueue(CliOptions.intIn(name, value, 0, ServerOptions.MAX_SLOTS));
        case "--max-body" -> o.withMaxBodyBytes(CliOptions.intIn(name, value, 1, Integer.MAX_VALUE - 16));
        default -> {
          int ms = CliOptions.intIn(name, value, 0, Integer.MAX_VALUE);
          yield o.withTimeBudget(ms == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(ms)));
        }
      };
    }
    if (o.host().isBlank()) {
      throw new UsageException("--host needs an address");
    }
    return o;
  }

  static int run(List<String> args, Supplier<NewsGraph> graphs, PrintStream out)
      throws UsageException, IOException {
    if (args.contains("--help") || args.contains("-h")) {
      out.println(USAGE);
      return 0;
    }
    ServerOptions options = parse(args);
    CompletableFuture<NewsGraph> loading = new CompletableFuture<>();
    ExtractionServer server = ExtractionServer.start(options, loading);
    Duration grace = options.timeBudget().map(b -> b.plusSeconds(10)).orElse(Duration.ofMinutes(2));
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> server.shutdown(grace), "newsgraph-shutdown"));
    out.println("newsgraph: listening on http://" + options.host() + ":" + server.address().getPort()
        + "/ (loading the models)");
    try {
      loading.complete(graphs.get());
    } catch (RuntimeException e) {
      loading.completeExceptionally(e);
      server.shutdown(Duration.ZERO);
      throw e;
    }
    out.println("newsgraph: ready");
    try {
      server.awaitStopped();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.shutdown(grace);
    }
    return 0;
  }
}
