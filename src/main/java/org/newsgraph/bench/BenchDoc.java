package org.newsgraph.bench;

import static com.google.common.base.Preconditions.checkNotNull;

/** One document of the benchmark corpus: a name to report it by, and its text. */
public record BenchDoc(String name, String text) {

  public BenchDoc {
    checkNotNull(name, "name");
    checkNotNull(text, "text");
  }
}
