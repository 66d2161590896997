package org.newsgraph.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.newsgraph.CharSpan;

/**
 * The input text with its sentences and tokens: the only input the rule layers (entities, quotes,
 * relations) see. Built by the CoreNLP adapter for real text, or by hand in tests.
 *
 * <p>Every token's offsets index into {@link #text()}. Immutable.
 */
public record AnalyzedText(String text, ImmutableList<Sentence> sentences) {

  public AnalyzedText {
    checkNotNull(text, "text");
    sentences = ImmutableList.copyOf(checkNotNull(sentences, "sentences"));
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      checkArgument(s.index() == i, "sentence %s has index %s", i, s.index());
      for (Token t : s.tokens()) {
        checkArgument(
            t.end() <= text.length(),
            "token '%s' ends at %s, past the text's length %s",
            t.text(),
            t.end(),
            text.length());
      }
    }
  }

  public static AnalyzedText of(String text, List<Sentence> sentences) {
    return new AnalyzedText(text, ImmutableList.copyOf(sentences));
  }

  /** The span {@code [start, end)} of the text. */
  public CharSpan span(int start, int end) {
    return CharSpan.of(text, start, end);
  }

  /** The span from the start of token {@code from} to the end of token {@code to} (inclusive). */
  public CharSpan span(Sentence sentence, int from, int to) {
    return span(sentence.token(from).start(), sentence.token(to).end());
  }

  /** The span of a whole sentence. */
  public CharSpan span(Sentence sentence) {
    return span(sentence.start(), sentence.end());
  }

  /** The sentence holding character {@code offset}, if any. */
  public Optional<Sentence> sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** A copy with every sentence passed through {@code change} (which must keep its index). */
  public AnalyzedText mapSentences(UnaryOperator<Sentence> change) {
    return new AnalyzedText(
        text, sentences.stream().map(change).collect(ImmutableList.toImmutableList()));
  }
}
