package org.newsgraph.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark's command-line options.
 *
 * @param docs recombined documents in the corpus
 * @param longTokens tokens of the long document (0: no long document)
 * @param threads threads of the multi-threaded run
 * @param seed seed of the corpus recombination
 * @param warmupDocs documents of each warm-up pass (see {@link SteadyState})
 * @param warmupSeconds the longest warm-up per system, if the JIT has not settled before
 * @param testdata the directory of the articles
 * @param baseline whether to run plain CoreNLP too
 * @param baselineLong whether plain CoreNLP also runs the long document (slow)
 * @param repeats how many times the one-thread and several-thread runs alternate (medians reported)
 */
record BenchOptions(
    int docs,
    int longTokens,
    int threads,
    long seed,
    int warmupDocs,
    int warmupSeconds,
    Path testdata,
    boolean baseline,
    boolean baselineLong,
    int repeats) {

  static final String USAGE =
      "bench [--quick] [--docs N] [--long-tokens N] [--threads N] [--seed N] [--warmup N]\n"
          + "      [--warmup-seconds N] [--repeats N] [--testdata DIR] [--no-baseline]"
          + " [--baseline-long]\n"
          + "  --quick          a short run: 30 documents, a 20,000-token long document, 8 warm-up"
          + " documents, at most 15 s of warm-up, 1 repeat\n"
          + "  --docs N         recombined documents (default 200)\n"
          + "  --long-tokens N  tokens of the long document (default 100000; 0 = none)\n"
          + "  --threads N      threads of the parallel run (default 2)\n"
          + "  --seed N         seed of the recombination (default 42)\n"
          + "  --warmup N       documents of a warm-up pass (default 20); passes repeat until\n"
          + "                   the JIT has settled (see --warmup-seconds)\n"
          + "  --warmup-seconds N  the longest warm-up per system (default 120)\n"
          + "  --repeats N      one-thread and N-thread runs alternate N times; medians (default 3)\n"
          + "  --testdata DIR   the articles (default testdata)\n"
          + "  --no-baseline    newsgraph only (no plain CoreNLP)\n"
          + "  --baseline-long  plain CoreNLP runs the long document too (minutes)";

  static BenchOptions parse(List<String> args) {
    int docs = 200;
    int longTokens = 100_000;
    int threads = 2;
    long seed = 42;
    int warmup = 20;
    int warmupSeconds = 120;
    Path testdata = Path.of("testdata");
    boolean baseline = true;
    boolean baselineLong = false;
    int repeats = 3;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--quick" -> {
          docs = 30;
          longTokens = 20_000;
          warmup = 8;
          warmupSeconds = 15;
          repeats = 1;
        }
        case "--docs" -> docs = intValue(args, ++i, a, 1, 100_000);
        case "--long-tokens" -> longTokens = intValue(args, ++i, a, 0, 150_000);
        case "--threads" -> threads = intValue(args, ++i, a, 1, 64);
        case "--seed" -> seed = intValue(args, ++i, a, 0, Integer.MAX_VALUE);
        case "--warmup" -> warmup = intValue(args, ++i, a, 1, 10_000);
        case "--warmup-seconds" -> warmupSeconds = intValue(args, ++i, a, 0, 3_600);
        case "--repeats" -> repeats = intValue(args, ++i, a, 1, 99);
        case "--testdata" -> testdata = Path.of(value(args, ++i, a));
        case "--no-baseline" -> baseline = false;
        case "--baseline-long" -> baselineLong = true;
        default -> throw new IllegalArgumentException("unknown option '" + a + "'");
      }
    }
    return new BenchOptions(
        docs,
        longTokens,
        threads,
        seed,
        warmup,
        warmupSeconds,
        testdata,
        baseline,
        baselineLong,
        repeats);
  }

  private static String value(List<String> args, int i, String option) {
    checkArgument(i < args.size(), "%s needs a value", option);
    return args.get(i);
  }

  private static int intValue(List<String> args, int i, String option, int min, int max) {
    String v = value(args, i, option);
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number, not '" + v + "'", e);
    }
    checkArgument(n >= min && n <= max, "%s (%s) must be between %s and %s", option, n, min, max);
    return n;
  }
}
