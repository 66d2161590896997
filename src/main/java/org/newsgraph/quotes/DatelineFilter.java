package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.CharSpan;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Dateline;
import org.newsgraph.text.Sentence;

/**
 * Keeps the dateline that opens an article ({@link org.newsgraph.text.Dateline}: "PARIS (Reuters)
 * -") out of the quotes: never a speaker, never reported content.
 */
final class DatelineFilter {

  private DatelineFilter() {}

  /**
   * {@code found} without the dateline of {@code s}: an attribution whose speaker starts inside it
   * is dropped, and content that starts inside it starts after its dash.
   */
  static List<Attribution> keepOut(AnalyzedText text, Sentence s, List<Attribution> found) {
    int d = Dateline.dashAt(text, s);
    if (d < 0) {
      return found;
    }
    int end = s.token(d).end();
    int after = s.token(d + 1).start();
    List<Attribution> out = new ArrayList<>();
    for (Attribution a : found) {
      if (a.speaker().map(sp -> sp.mention().start() < end).orElse(false) || a.cue().start() < end) {
        continue;
      }
      CharSpan c = a.content();
      if (c.start() < end && c.end() > after) {
        a = new Attribution(a.sentence(), a.cue(), a.speaker(), text.span(after, c.end()),
            a.cueClass(), a.rule(), a.via());
      }
      out.add(a);
    }
    return out;
  }
}
