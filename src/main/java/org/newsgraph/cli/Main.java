package org.newsgraph.cli;

import com.google.common.base.Suppliers;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.newsgraph.NewsGraph;
import org.newsgraph.bench.Benchmark;
import org.newsgraph.eval.EntityEvaluation;
import org.newsgraph.eval.QuoteEvaluation;
import org.newsgraph.eval.RelationEvaluation;

/**
 * The demo command line ({@code java -jar newsgraph.jar}): extraction reports on files,
 * directories or standard input, the evaluations and the benchmark. The one place that catches
 * exceptions: it prints one line on standard error and exits 1 (a failure) or 2 (a usage error).
 *
 * <p>CoreNLP logs through SLF4J when SLF4J is present; the CLI's class path carries slf4j-nop (an
 * optional dependency, so never forced on embedders), which keeps its model-loading chatter and
 * SLF4J's "no binding" warning off the terminal.
 */
public final class Main {

  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar newsgraph.jar [OPTIONS] [FILE|DIR|-]...",
          "       java -jar newsgraph.jar evaluate entities|quotes|relations ARGS...",
          "       java -jar newsgraph.jar bench ARGS...",
          "       java -jar newsgraph.jar serve [--host H] [--port N] [--threads N] ... (serve --help)",
          "       java -jar newsgraph.jar serve-bench [--clients N] [--requests N] FILE...",
          "",
          "Reads English news and reports its entities, quotes and country-sector relations.",
          "With no FILE, runs the bundled demo article. A DIR means its *.txt files",
          "(recursively, sorted by path); '-' means standard input. Input must be UTF-8.",
          "",
          "Options:",
          "  --format text|json|jsonl|html  text: a readable report (default); json: one array",
          "                            of document objects; jsonl: one object per line; html:",
          "                            one self-contained page, one section per document",
          "  --out FILE                write to FILE atomically (temporary file, then rename)",
          "  --threads N               documents extracted in parallel (default 1; same output)",
          "  --time-budget MS          fail a document that takes longer than MS milliseconds",
          "  --progress                documents done, docs/s and ETA on standard error (shown",
          "                            anyway when there is a console)",
          "  --cue-kinds K,...         keep only quotes whose cue reports these kinds:",
          "                            speech, thought, evidence (default: all three)",
          "  --help                    this text",
          "",
          "Every input gives exactly one record: its result, or an error with the reason.",
          "Exit status: 0 all inputs done; 1 some input failed (or a run error); 2 usage error.");

  private Main() {}

  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)),
            true,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status =
        run(
            List.of(args),
            System.in,
            out,
            err,
            Suppliers.memoize(() -> NewsGraph.builder().build()),
            System.console() != null);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs the command line and returns the exit status; never throws. */
  public static int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
    return run(args, stdin, out, err, Suppliers.memoize(() -> NewsGraph.builder().build()));
  }

  /** As {@link #run(List, InputStream, PrintStream, PrintStream)}, with the instance supplied. */
  static int run(
      List<String> args,
      InputStream stdin,
      PrintStream out,
      PrintStream err,
      Supplier<NewsGraph> graphs) {
    return run(args, stdin, out, err, graphs, false);
  }

  /** As above; {@code terminal}: standard error is a console, so progress shows unasked. */
  static int run(
      List<String> args,
      InputStream stdin,
      PrintStream out,
      PrintStream err,
      Supplier<NewsGraph> graphs,
      boolean terminal) {
    try {
      return dispatch(args, stdin, out, err, graphs, terminal);
    } catch (UsageException e) {
      err.println("newsgraph: " + e.getMessage() + " (see --help)");
      return 2;
    } catch (Exception e) {
      err.println("newsgraph: " + e.getClass().getSimpleName() + ": " + Outcome.describe(e));
      return 1;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int dispatch(
      List<String> args,
      InputStream stdin,
      PrintStream out,
      PrintStream err,
      Supplier<NewsGraph> graphs,
      boolean terminal)
      throws UsageException, IOException {
    if (!args.isEmpty() && args.get(0).equals("evaluate")) {
      if (args.size() < 2) {
        throw new UsageException("evaluate needs one of entities|quotes|relations");
      }
      List<String> rest = args.subList(2, args.size());
      return switch (args.get(1)) {
        case "entities" -> EntityEvaluation.run(rest, out);
        case "quotes" -> QuoteEvaluation.run(rest, out);
        case "relations" -> RelationEvaluation.run(rest, out);
        default -> throw new UsageException(
            "unknown evaluation '" + args.get(1) + "' (expected entities|quotes|relations)");
      };
    }
    if (!args.isEmpty() && args.get(0).equals("serve")) {
      return ServeCommand.run(args.subList(1, args.size()), graphs, out);
    }
    if (!args.isEmpty() && args.get(0).equals("serve-bench")) {
      return ServeBenchCommand.run(args.subList(1, args.size()), graphs, out);
    }
    if (!args.isEmpty() && args.get(0).equals("bench")) {
      return Benchmark.run(args.subList(1, args.size()), out);
    }
    if (args.contains("--help") || args.contains("-h")) {
      out.println(USAGE);
      return 0;
    }
    CliOptions options = CliOptions.parse(args);
    if (options.format() == OutputFormat.HTML) {
      return new HtmlCommand(options, graphs, err).run(stdin, out);
    }
    return new ExtractCommand(options, graphs, err, terminal).run(stdin, out);
  }
}
