package org.newsgraph.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the CLI writes its results. */
enum OutputFormat {
  /** A readable report, document after document. */
  TEXT,
  /** One indented JSON array holding one object per document. */
  JSON,
  /** JSON Lines: one compact object per document, one per line. */
  JSONL,
  /** One self-contained HTML page, one section per document (see org.newsgraph.html). */
  HTML;

  static OutputFormat parse(String value) throws UsageException {
    for (OutputFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(value)) {
        return f;
      }
    }
    throw new UsageException(
        "unknown --format '" + value + "' (expected one of " + names() + ")");
  }

  static String names() {
    return Arrays.stream(values())
        .map(f -> f.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining("|"));
  }
}
