package org.newsgraph.bench;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.NewsGraph;
import org.newsgraph.bench.Subjects.NewsGraphSubject;
import org.newsgraph.bench.Subjects.PlainSubject;
import org.newsgraph.bench.SystemRunner.TokenCounts;
import org.newsgraph.corenlp.CoreNlpAnalyzer;
import org.newsgraph.corenlp.CoreNlpCaches;
import org.newsgraph.corenlp.CoreNlpOptions;
import org.newsgraph.corenlp.CoreNlpTokenCounter;
import org.newsgraph.corenlp.PlainCoreNlp;
import org.newsgraph.lexicon.ModelFiles;

/**
 * Benchmarks newsgraph against plain CoreNLP on the same corpus, in one process (issue 5), and
 * prints a Markdown report: model load, first document, warm throughput on one and several
 * threads, per-token cost on a long document, heap, the ratio b/a, and where newsgraph's time goes.
 *
 * <p>newsgraph (b) runs first, plain CoreNLP (a) second, with CoreNLP's model pool cleared in
 * between: (a) then finds the JVM's classes loaded and CoreNLP's shared code compiled, so the
 * order favours (a), never (b). Progress goes to standard error, the report to {@code out}.
 */
public final class Benchmark {

  private Benchmark() {}

  /**
   * Runs from the command line; {@code args} are the words after the CLI's subcommand. Returns the
   * process exit status (2 for bad arguments).
   */
  public static int run(List<String> args, PrintStream out) throws IOException {
    checkNotNull(args, "args");
    checkNotNull(out, "out");
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      out.println("bench: " + e.getMessage());
      out.println("usage: " + BenchOptions.USAGE);
      return 2;
    }
    run(options, args, out, System.err);
    return 0;
  }

  static void run(BenchOptions options, List<String> args, PrintStream out, PrintStream log)
      throws IOException {
    String machine = Machine.describe();
    CoreNlpTokenCounter counter = new CoreNlpTokenCounter();
    BenchCorpus corpus =
        BenchCorpus.build(
            BenchCorpus.readArticles(options.testdata()),
            options.docs(),
            options.seed(),
            options.longTokens(),
            counter::count);
    TokenCounts tokens = count(corpus, counter);
    log.printf(
        Locale.ROOT,
        "corpus: %d documents, %,d tokens; long document %,d tokens%n",
        corpus.throughputDocs().size(),
        tokens.throughput(),
        tokens.longDoc());
    CoreNlpCaches.clear();
    SystemRunner runner = new SystemRunner(corpus, tokens, options, log);

    StageTimes[] stages = new StageTimes[1];
    SystemResult b =
        runner.measure(
            "newsgraph",
            () -> new NewsGraphSubject(NewsGraph.builder().build()),
            true,
            subject -> stages[0] = profileStages(corpus, log));
    CoreNlpCaches.clear();
    HeapMeter.liveHeapNow();

    Optional<SystemResult> a = Optional.empty();
    if (options.baseline()) {
      a =
          Optional.of(
              runner.measure(
                  "plain CoreNLP",
                  () -> new PlainSubject(new PlainCoreNlp()),
                  options.baselineLong(),
                  subject -> {}));
      CoreNlpCaches.clear();
    }

    BenchReport report = new BenchReport(out);
    report.header(
        "java -Xmx3g -jar target/newsgraph-0.1.0-SNAPSHOT.jar bench" + argsLine(args),
        machine,
        String.format(
            Locale.ROOT,
            "%d articles (%s) + %d documents recombined from their paragraphs (seed %d) = %d"
                + " documents, %,d tokens; long document: %,d tokens; warm-up: passes of %d"
                + " documents until the JIT has settled (at most %d s per system): %s",
            corpus.articles().size(),
            String.join(", ", corpus.articles().stream().map(BenchDoc::name).toList()),
            corpus.recombined().size(),
            options.seed(),
            corpus.throughputDocs().size(),
            tokens.throughput(),
            tokens.longDoc(),
            options.warmupDocs(),
            options.warmupSeconds(),
            BenchReport.warmUps(a, b)));
    report.comparison(a, b);
    report.stages(stages[0], corpus.throughputDocs().size(), tokens.throughput());
  }

  /** Times newsgraph's stages one by one on the throughput documents (one thread). */
  private static StageTimes profileStages(BenchCorpus corpus, PrintStream log) {
    // Shares the models the NewsGraph just loaded (CoreNLP pools them), so this loads little.
    StageProfiler profiler =
        new StageProfiler(new CoreNlpAnalyzer(CoreNlpOptions.defaults()), ModelFiles.bundled());
    StageTimes times = new StageTimes();
    long t0 = System.nanoTime();
    for (BenchDoc d : corpus.throughputDocs()) {
      if (!d.text().isBlank()) {
        profiler.extract(d.text(), times);
      }
    }
    log.printf("[newsgraph] stage profile: %.1f s%n", SystemRunner.seconds(t0));
    return times;
  }

  private static TokenCounts count(BenchCorpus corpus, CoreNlpTokenCounter counter) {
    List<Integer> perDoc = new ArrayList<>();
    long sum = 0;
    for (BenchDoc d : corpus.throughputDocs()) {
      int n = counter.count(d.text());
      perDoc.add(n);
      sum += n;
    }
    return new TokenCounts(
        counter.count(corpus.seed().text()),
        sum,
        counter.count(corpus.longDoc().text()),
        ImmutableList.copyOf(perDoc));
  }

  private static String argsLine(List<String> args) {
    return args.isEmpty() ? "" : " " + String.join(" ", args);
  }
}
