package org.newsgraph.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** Scores newsgraph's entity layer and plain CoreNLP on CoNLL-2003 files. */
public final class EntityEvaluation {

  private EntityEvaluation() {}

  /**
   * Runs from the command line; {@code args} are the words after the CLI's subcommand. Returns the
   * process exit status.
   */
  public static int run(List<String> args, PrintStream out) throws IOException {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
