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
import org.newsgraph.html.HtmlPage;

/**
 * {@code --format html}: one self-contained page for the whole run, one section per input in
 * input order (a failed input gets a section with its error, and a line on standard error). The
 * page is written section by section, reading and extracting {@code --threads} documents at a
 * time, so a big directory is never held in memory at once.
 */
final class HtmlCommand {

  private final CliOptions options;
  private final Supplier<NewsGraph> graphs;
  private final PrintStream err;
  private int failures;

  HtmlCommand(CliOptions options, Supplier<NewsGraph> graphs, PrintStream err) {
    this.options = options;
    this.graphs = graphs;
    this.err = err;
  }

  /** Runs; returns the exit status: 0, or 1 if any input failed. */
  int run(InputStream stdin, OutputStream stdout) throws IOException {
    ImmutableList<Input> inputs = Inputs.expand(options.inputs(), stdin);
    NewsGraph base = graphs.get();
    NewsGraph graph = options.timeBudget().map(base::withTimeBudget).orElse(base)
        .withCueKinds(options.cueKinds());
    if (options.out().isPresent()) {
      AtomicOutput.write(options.out().get(), w -> writePage(graph, inputs, w));
    } else {
      Writer w = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
      writePage(graph, inputs, w);
      w.flush();
    }
    return failures > 0 ? 1 : 0;
  }

  private void writePage(NewsGraph graph, List<Input> inputs, Writer w) throws IOException {
    String title = inputs.size() == 1 ? inputs.get(0).source() : inputs.size() + " documents";
    HtmlPage page = HtmlPage.begin(w, "newsgraph · " + title);
    int step = options.threads();
    for (int from = 0; from < inputs.size(); from += step) {
      List<Input> chunk = inputs.subList(from, Math.min(inputs.size(), from + step));
      List<String> texts = new ArrayList<>();
      List<Exception> readErrors = new ArrayList<>();
      for (Input in : chunk) {
        try {
          texts.add(in.read(graph.maxTextLength()));
          readErrors.add(null);
        } catch (IOException | RuntimeException e) {
          texts.add("");
          readErrors.add(e);
        }
      }
      List<BatchResult> results = graph.extractAll(texts, options.threads());
      for (int i = 0; i < chunk.size(); i++) {
        String source = chunk.get(i).source();
        Throwable failure =
            readErrors.get(i) != null ? readErrors.get(i) : results.get(i).failure().orElse(null);
        if (failure == null) {
          page.document(source, texts.get(i), results.get(i).orThrow());
        } else {
          failures++;
          String type = failure.getClass().getSimpleName();
          String message = Outcome.describe(failure);
          err.println("newsgraph: " + source + ": " + type + ": " + message);
          page.failure(source, type, message);
        }
      }
      w.flush();
    }
    page.end();
  }
}
