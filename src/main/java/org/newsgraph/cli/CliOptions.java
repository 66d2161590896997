package org.newsgraph.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.CueKind;
import org.newsgraph.NewsGraph;

/**
 * The options of the extraction command: inputs, format, output file, threads, time budget,
 * progress, the cue kinds of the quotes to keep.
 * Parsed strictly: an unknown option or a bad value is a {@link UsageException}.
 */
record CliOptions(
    ImmutableList<String> inputs,
    OutputFormat format,
    Optional<Path> out,
    int threads,
    Optional<Duration> timeBudget,
    boolean progress,
    Set<CueKind> cueKinds) {

  static CliOptions parse(List<String> args) throws UsageException {
    ImmutableList.Builder<String> inputs = ImmutableList.builder();
    OutputFormat format = OutputFormat.TEXT;
    Optional<Path> out = Optional.empty();
    int threads = 1;
    Optional<Duration> budget = Optional.empty();
    boolean progress = false;
    Set<CueKind> cueKinds = EnumSet.allOf(CueKind.class);
    boolean stdin = false;
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (optionsEnded || a.equals("-") || !a.startsWith("-")) {
        if (a.equals("-")) {
          if (stdin) {
            throw new UsageException("standard input ('-') can be given only once");
          }
          stdin = true;
        }
        inputs.add(a);
        continue;
      }
      String name = optionName(a);
      String value = inlineValue(a);
      switch (name) {
        case "--" -> optionsEnded = true;
        case "--format" -> {
          value = value != null ? value : next(args, ++i, name);
          format = OutputFormat.parse(value);
        }
        case "--out" -> {
          value = value != null ? value : next(args, ++i, name);
          out = Optional.of(outFile(value));
        }
        case "--threads" -> {
          value = value != null ? value : next(args, ++i, name);
          threads = intIn(name, value, 1, NewsGraph.MAX_THREADS);
        }
        case "--time-budget" -> {
          value = value != null ? value : next(args, ++i, name);
          budget = Optional.of(Duration.ofMillis(intIn(name, value, 1, Integer.MAX_VALUE)));
        }
        case "--cue-kinds" -> {
          value = value != null ? value : next(args, ++i, name);
          cueKinds = cueKinds(value);
        }
        case "--progress" -> progress = true;
        default -> throw new UsageException("unknown option '" + a + "'");
      }
    }
    return new CliOptions(inputs.build(), format, out, threads, budget, progress, cueKinds);
  }

  /** "speech,thought": the cue kinds to keep, comma-separated, any case. */
  private static Set<CueKind> cueKinds(String value) throws UsageException {
    Set<CueKind> kinds = EnumSet.noneOf(CueKind.class);
    for (String k : value.split(",", -1)) {
      try {
        kinds.add(CueKind.valueOf(k.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--cue-kinds: unknown kind '" + k + "' (known: speech, thought,"
            + " evidence)");
      }
    }
    return kinds;
  }

  /** "--format=json" gives "--format"; an argument without an inline value is its own name. */
  static String optionName(String arg) {
    int eq = arg.indexOf('=');
    return arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
  }

  /** "--format=json" gives "json"; null when the argument has no inline value. */
  static String inlineValue(String arg) {
    int eq = arg.indexOf('=');
    return arg.startsWith("--") && eq > 0 ? arg.substring(eq + 1) : null;
  }

  static String next(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(i);
  }

  static int intIn(String option, String value, int min, int max) throws UsageException {
    try {
      int n = Integer.parseInt(value);
      if (n < min || n > max) {
        throw new UsageException(
            option + " (" + n + ") must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(option + " needs a whole number, not '" + value + "'");
    }
  }

  private static Path outFile(String value) throws UsageException {
    if (value.isEmpty()) {
      throw new UsageException("--out needs a file name");
    }
    Path p;
    try {
      p = Path.of(value).toAbsolutePath();
    } catch (InvalidPathException e) {
      throw new UsageException("--out " + value + " is not a valid path");
    }
    Path dir = p.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UsageException("--out " + value + ": directory " + dir + " does not exist");
    }
    if (Files.isDirectory(p)) {
      throw new UsageException("--out " + value + " is a directory");
    }
    return p;
  }
}
