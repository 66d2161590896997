package org.newsgraph.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** Scores quote extraction against PolNeAR-style brat files. */
public final class QuoteEvaluation {

  private QuoteEvaluation() {}

  /**
   * Runs from the command line; {@code args} are the words after the CLI's subcommand. Returns the
   * process exit status.
   */
  public static int run(List<String> args, PrintStream out) throws IOException {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
