package org.newsgraph.bench;

import java.util.List;

/** A system the benchmark measures: runs one document, or many on several threads. */
interface Subject {

  /** Processes one document; returns something derived from the result so it is not optimized away. */
  int run(String text);

  /** Processes {@code texts} on {@code threads} threads; fails if any document fails. */
  int runAll(List<String> texts, int threads);
}
