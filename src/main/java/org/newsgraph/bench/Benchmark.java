package org.newsgraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** Benchmarks newsgraph against plain CoreNLP on the same corpus. */
public final class Benchmark {

  private Benchmark() {}

  /**
   * Runs from the command line; {@code args} are the words after the CLI's subcommand. Returns the
   * process exit status.
   */
  public static int run(List<String> args, PrintStream out) throws IOException {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
