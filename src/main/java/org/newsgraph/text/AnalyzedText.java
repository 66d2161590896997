package org.newsgraph.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.newsgraph.CharSpan;

/**
 * The text model: the input text with its layout (paragraphs and lines, {@link TextLayout}) and its
 * sentences and tokens, each sentence with its paragraph and {@link FurnitureKind}: the only input
 * the rule layers (entities, quotes, relations) see. Built once per document by the CoreNLP adapter
 * and the {@link FurnitureDetector}, or by hand in tests.
 *
 * <p>Every token's offsets index into {@link #text()}. Immutable.
 */
public record AnalyzedText(TextLayout layout, ImmutableList<Sentence> sentences) {

  public AnalyzedText {
    checkNotNull(layout, "layout");
    String text = layout.text();
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

  /** {@code text} with these sentences; its layout is computed here. */
  public static AnalyzedText of(String text, List<Sentence> sentences) {
    return of(TextLayout.of(text), sentences);
  }

  /** The text of {@code layout} with these sentences. */
  public static AnalyzedText of(TextLayout layout, List<Sentence> sentences) {
    return new AnalyzedText(layout, ImmutableList.copyOf(sentences));
  }

  /** The input text. */
  public String text() {
    return layout.text();
  }

  /** The span {@code [start, end)} of the text. */
  public CharSpan span(int start, int end) {
    return CharSpan.of(text(), start, end);
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
        layout, sentences.stream().map(change).collect(ImmutableList.toImmutableList()));
  }
}
