package org.newsgraph.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterators;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsgraph.BatchResult;
import org.newsgraph.DocumentFailedException;
import org.newsgraph.NewsGraph;

/**
 * The CLI's main job: reads every input, extracts with one shared instance on {@code --threads}
 * worker threads through {@link NewsGraph#readAndExtractStream} (reading runs on the workers too;
 * at most four documents per thread are held at once, so a directory of any size runs in constant
 * memory), and writes exactly one record per input, in input order, as soon as it is ready, to
 * standard output or atomically to {@code --out}. A failing input (unreadable, not UTF-8, too
 * long, over the time budget, an {@link Error} such as a stack overflow) gives an error record and
 * a line on standard error; the others go on. An {@link OutOfMemoryError} ends the run, and the
 * {@code --out} file is then left as it was.
 */
final class ExtractCommand {

  private final CliOptions options;
  private final Supplier<NewsGraph> graphs;
  private final PrintStream err;
  private final boolean terminal;
  private int failures;

  /**
   * @param terminal whether standard error is a terminal: then progress is shown without {@code
   *     --progress}
   */
  ExtractCommand(CliOptions options, Supplier<NewsGraph> graphs, PrintStream err, boolean terminal) {
    this.options = options;
    this.graphs = graphs;
    this.err = err;
    this.terminal = terminal;
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
      AtomicOutput.write(options.out().get(), w -> writeAll(graph, inputs, w, false));
    } else {
      Writer w = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
      writeAll(graph, inputs, w, true);
      w.flush();
    }
    return failures > 0 ? 1 : 0;
  }

  private void writeAll(NewsGraph graph, List<Input> inputs, Writer w, boolean flushEach)
      throws IOException {
    RecordWriter records = new RecordWriter(options.format(), w);
    records.begin();
    Optional<Progress> progress =
        options.progress() || terminal
            ? Optional.of(new Progress(err, inputs.size(), terminal, System::nanoTime))
            : Optional.empty();
    int maxChars = graph.maxTextLength();
    Iterator<Callable<String>> reads =
        Iterators.transform(inputs.iterator(), in -> () -> in.read(maxChars));
    try {
      graph.readAndExtractStream(
          reads,
          options.threads(),
          r -> {
            Outcome o = outcome(inputs.get(r.index()).source(), r);
            try {
              if (!o.succeeded()) {
                failures++;
                err.println(
                    "newsgraph: " + o.source() + ": " + o.errorType() + ": " + o.errorMessage());
              }
              records.write(o);
              if (flushEach) {
                w.flush();
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            progress.ifPresent(Progress::documentDone);
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    progress.ifPresent(Progress::finish);
    records.end();
  }

  /** The record for one result; a wrapped Error or read failure is reported as itself. */
  private static Outcome outcome(String source, BatchResult r) {
    if (r.succeeded()) {
      return Outcome.ok(source, r.extraction().get());
    }
    RuntimeException e = r.failure().get();
    Throwable reason = e instanceof DocumentFailedException && e.getCause() != null ? e.getCause() : e;
    return Outcome.failed(source, reason);
  }
}
