package org.newsgraph.robustness;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.newsgraph.SharedPipeline;

/** Short documents for the concurrency and batch tests, made from testdata/robustness/sentences.txt. */
public final class TestDocuments {

  private TestDocuments() {}

  /** The sentences, one a line, comments dropped. */
  public static ImmutableList<String> sentences() {
    return SharedPipeline.testdata("robustness/sentences.txt")
        .lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@code count} distinct short documents of two or three sentences each, deterministic: document
   * i takes sentences i, i*7+3 and (for odd i) i*13+5 (mod the number of sentences).
   */
  public static ImmutableList<String> documents(int count) {
    List<String> s = sentences();
    int n = s.size();
    ImmutableList.Builder<String> docs = ImmutableList.builder();
    for (int i = 0; i < count; i++) {
      StringBuilder b = new StringBuilder();
      b.append(s.get(i % n)).append(' ').append(s.get((i * 7 + 3) % n));
      if (i % 2 == 1) {
        b.append("\n\n").append(s.get((i * 13 + 5) % n));
      }
      b.append(" (doc ").append(i).append(')');
      docs.add(b.toString());
    }
    return docs.build();
  }
}
