package org.newsgraph.text;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link AnalyzedText} by hand for rule tests, with no CoreNLP model:
 * {@code TestTexts.sentence("Peng said .", "NNP VBD .", "PERSON O O")}. Tokens are separated by
 * single spaces in the built text; lemmas are the lower-cased words unless given.
 */
public final class TestTexts {

  private static final Splitter SPACE = Splitter.on(' ').omitEmptyStrings();

  private TestTexts() {}

  /** One sentence: space-separated words, tags and NER labels (same count each). */
  public static AnalyzedText sentence(String words, String tags, String ner) {
    return sentences(new String[][] {{words, tags, ner}});
  }

  /**
   * Several sentences, each {@code {words, tags, ner}} or {@code {words, tags, ner, lemmas}}; each
   * sentence is its own paragraph, joined by a blank line.
   */
  public static AnalyzedText sentences(String[][] rows) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (int s = 0; s < rows.length; s++) {
      if (s > 0) {
        text.append("\n\n");
      }
      List<String> w = SPACE.splitToList(rows[s][0]);
      List<String> t = SPACE.splitToList(rows[s][1]);
      List<String> n = SPACE.splitToList(rows[s][2]);
      List<String> l = rows[s].length > 3 ? SPACE.splitToList(rows[s][3]) : null;
      if (w.size() != t.size() || w.size() != n.size() || (l != null && l.size() != w.size())) {
        throw new IllegalArgumentException(
            "sentence " + s + ": " + w.size() + " words, " + t.size() + " tags, " + n.size() + " NER labels");
      }
      List<Token> tokens = new ArrayList<>();
      for (int i = 0; i < w.size(); i++) {
        if (i > 0) {
          text.append(' ');
        }
        int start = text.length();
        text.append(w.get(i));
        String lemma = l != null ? l.get(i) : w.get(i).toLowerCase(java.util.Locale.ROOT);
        tokens.add(new Token(i, w.get(i), w.get(i), start, text.length(), t.get(i), lemma, n.get(i)));
      }
      out.add(Sentence.of(s, s, tokens));
    }
    return AnalyzedText.of(text.toString(), out);
  }
}
