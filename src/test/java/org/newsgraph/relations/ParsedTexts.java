package org.newsgraph.relations;

import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Dependency;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Builds parsed sentences by hand for relation rule tests, with no model: each token is written
 * {@code word|TAG|head|relation[|lemma]}, head the governor's index (from 0; -1 for the root), e.g.
 * {@code "China|NNP|1|nsubj leads|VBZ|-1|root|lead"}. Tokens are joined by single spaces; each
 * sentence is its own paragraph unless {@link #inOneParagraph} is used. A sentence written with
 * heads "_" is left unparsed.
 */
final class ParsedTexts {

  private static final Splitter SPACE = Splitter.on(' ').omitEmptyStrings();
  private static final Splitter BAR = Splitter.on('|');

  private ParsedTexts() {}

  static AnalyzedText of(String... sentences) {
    return build(false, sentences);
  }

  static AnalyzedText inOneParagraph(String... sentences) {
    return build(true, sentences);
  }

  private static AnalyzedText build(boolean oneParagraph, String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (int s = 0; s < sentences.length; s++) {
      if (s > 0) {
        text.append(oneParagraph ? " " : "\n\n");
      }
      List<Token> tokens = new ArrayList<>();
      List<Dependency> arcs = new ArrayList<>();
      boolean parsed = true;
      List<String> items = SPACE.splitToList(sentences[s]);
      for (int i = 0; i < items.size(); i++) {
        List<String> f = BAR.splitToList(items.get(i));
        if (f.size() < 4) {
          throw new IllegalArgumentException("token '" + items.get(i) + "' needs word|TAG|head|relation");
        }
        if (i > 0) {
          text.append(' ');
        }
        int start = text.length();
        text.append(f.get(0));
        String lemma = f.size() > 4 ? f.get(4) : f.get(0).toLowerCase(Locale.ROOT);
        tokens.add(new Token(i, f.get(0), f.get(0), start, text.length(), f.get(1), lemma, "O"));
        if (f.get(2).equals("_")) {
          parsed = false;
        } else {
          arcs.add(new Dependency(f.get(3), Integer.parseInt(f.get(2)), i));
        }
      }
      Sentence sentence = Sentence.of(s, oneParagraph ? 0 : s, tokens);
      out.add(parsed ? sentence.withDependencies(arcs) : sentence);
    }
    return AnalyzedText.of(text.toString(), out);
  }
}
