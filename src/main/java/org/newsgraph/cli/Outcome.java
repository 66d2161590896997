package org.newsgraph.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import org.newsgraph.Extraction;

/** What the CLI got for one input: its extraction, or an error type and message. */
record Outcome(String source, Optional<Extraction> extraction, String errorType, String errorMessage) {

  static Outcome ok(String source, Extraction x) {
    return new Outcome(source, Optional.of(x), "", "");
  }

  static Outcome failed(String source, Throwable t) {
    return new Outcome(source, Optional.empty(), t.getClass().getSimpleName(), describe(t));
  }

  boolean succeeded() {
    return extraction.isPresent();
  }

  /** A one-line reason: the exception's message, made readable for the common file errors. */
  static String describe(Throwable t) {
    if (t instanceof NoSuchFileException) {
      return "no such file";
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      return t.getClass().getName();
    }
    return m.replaceAll("\\s+", " ").trim();
  }
}
