package org.newsgraph.cli;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.newsgraph.BatchResult;
import org.newsgraph.NewsGraph;

/**
 * The CLI's main job: reads every input, extracts with one shared instance on {@code --threads}
 * threads, and writes exactly one record per input, in input order, to standard output or
 * atomically to {@code --out}. A failing input (unreadable, not UTF-8, too long, over the time
 * budget) gives an error record and a line on standard error; the others go on.
 */
final class ExtractCommand {

  /** Documents read and extracted at a time, per thread: bounds memory on big directories. */
  private static final int CHUNK_PER_THREAD = 8;

  private final CliOptions options;
  private final Supplier<NewsGraph> graphs;
  private final PrintStream err;
  private int failures;

  ExtractCommand(CliOptions options, Supplier<NewsGraph> graphs, PrintStream err) {
    this.options = options;
    this.graphs = graphs;
    this.err = err;
  }

  /** Runs; returns the exit status: 0, or 1 if any input failed. */
  int run(InputStream stdin, OutputStream stdout) throws IOException {
    ImmutableList<Input> inputs = Inputs.expand(options.inputs(), stdin);
    if (inputs.isEmpty()) {
      err.println("newsgraph: no *.txt file in " + String.join(" ", options.inputs()));
    }
    NewsGraph base = graphs.get();
    NewsGraph graph = options.timeBudget().map(base::withTimeBudget).orElse(base)
        .withCueKinds(options.cueKinds());
    if (options.out().isPresent()) {
      AtomicOutput.write(options.out().get(), w -> writeAll(graph, inputs, w));
    } else {
      Writer w = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
      writeAll(graph, inputs, w);
      w.flush();
    }
    return failures > 0 ? 1 : 0;
  }

  private void writeAll(NewsGraph graph, List<Input> inputs, Writer w) throws IOException {
    RecordWriter records = new RecordWriter(options.format(), w);
    records.begin();
    int chunk = CHUNK_PER_THREAD * options.threads();
    for (int from = 0; from < inputs.size(); from += chunk) {
      for (Outcome o : extract(graph, inputs.subList(from, Math.min(inputs.size(), from + chunk)))) {
        if (!o.succeeded()) {
          failures++;
          err.println("newsgraph: " + o.source() + ": " + o.errorType() + ": " + o.errorMessage());
        }
        records.write(o);
      }
      w.flush();
    }
    records.end();
  }

  /** Reads and extracts one chunk; the outcomes are in input order. */
  private List<Outcome> extract(NewsGraph graph, List<Input> chunk) {
    Outcome[] outcomes = new Outcome[chunk.size()];
    List<String> texts = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < chunk.size(); i++) {
      Input in = chunk.get(i);
      try {
        texts.add(in.read(graph.maxTextLength()));
        positions.add(i);
      } catch (IOException | RuntimeException e) {
        outcomes[i] = Outcome.failed(in.source(), e);
      }
    }
    List<BatchResult> results = graph.extractAll(texts, options.threads());
    for (int k = 0; k < results.size(); k++) {
      int i = positions.get(k);
      BatchResult r = results.get(k);
      String source = chunk.get(i).source();
      outcomes[i] =
          r.extraction()
              .map(x -> Outcome.ok(source, x))
              .orElseGet(() -> Outcome.failed(source, r.failure().get()));
    }
    return List.of(outcomes);
  }
}
