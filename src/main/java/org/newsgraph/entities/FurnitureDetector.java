package org.newsgraph.entities;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsgraph.lexicon.DataLine;
import org.newsgraph.lexicon.ModelFile;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Marks the sentences that are website furniture rather than article: related headlines, "More
 * from ..." blocks, app and channel promotions, copyright lines. Thread-safe.
 *
 * <p>Three rules. (1) A short line matching a TAIL pattern of {@code models/furniture.tsv} ("More
 * from ...:", "Next In ...", "Others Also Read") starts the trailer: it and everything after it
 * are furniture. (2) A sentence matching a PARAGRAPH pattern ("download our mobile app", "Follow us
 * on", "Copyright", "Do you have questions about ...") makes its whole paragraph furniture. (3) A
 * related-headline line inside the article: a paragraph of one sentence on its own line, 5 to 20
 * tokens, with a verb, in mixed case, without final punctuation, between two body paragraphs
 * (paragraphs of at least {@value #BODY_TOKENS} tokens that end in punctuation). The first
 * paragraph (the title) is never furniture by rule (3).
 */
public final class FurnitureDetector {

  /** A TAIL line is at most this many tokens. */
  static final int TAIL_MAX_TOKENS = 12;

  /** A body paragraph has at least this many tokens. */
  static final int BODY_TOKENS = 15;

  /** A sentence-final token: punctuation, closing quotes or brackets, an ellipsis. */
  private static final Pattern FINAL_PUNCTUATION =
      Pattern.compile("[.!?:;\u2026]|[\"'\u201d\u2019)\\]]+|\\.\\.\\.");

  private final ImmutableList<Pattern> tail;
  private final ImmutableList<Pattern> paragraph;

  public FurnitureDetector(ModelFiles files) {
    checkNotNull(files, "files");
    List<Pattern> t = new ArrayList<>();
    List<Pattern> p = new ArrayList<>();
    for (DataLine line : files.lines(ModelFile.FURNITURE)) {
      Pattern pattern;
      try {
        pattern = Pattern.compile(line.field(1), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      } catch (PatternSyntaxException e) {
        throw line.error("bad pattern: " + e.getDescription());
      }
      switch (line.field(0)) {
        case "TAIL" -> t.add(pattern);
        case "PARAGRAPH" -> p.add(pattern);
        default -> throw line.error("unknown kind '" + line.field(0) + "' (TAIL or PARAGRAPH)");
      }
    }
    this.tail = ImmutableList.copyOf(t);
    this.paragraph = ImmutableList.copyOf(p);
  }

  /** A copy of {@code text} with furniture sentences marked. */
  public AnalyzedText mark(AnalyzedText text) {
    checkNotNull(text, "text");
    boolean[][] marks = marks(text);
    boolean[] furniture = marks[0];
    boolean any = false;
    for (int i = 0; i < furniture.length; i++) {
      any |= furniture[i] || marks[1][i];
    }
    if (!any) {
      return text;
    }
    return text.mapSentences(
        s -> furniture[s.index()] || marks[1][s.index()] ? s.withFurniture(true) : s);
  }

  /**
   * The sentences that are furniture by rule (3) only: related-headline lines inside the article.
   * The entity layer keeps their names (the headline names things the page is about), while
   * quotes and relations skip them like all furniture.
   */
  public ImmutableSet<Integer> inlineHeadlines(AnalyzedText text) {
    checkNotNull(text, "text");
    if (!mayHaveHeadline(text)) {
      return ImmutableSet.of(); // rule (3)'s shape alone rules every line out: no pattern to run
    }
    boolean[] headline = marks(text)[1];
    ImmutableSet.Builder<Integer> out = ImmutableSet.builder();
    for (int i = 0; i < headline.length; i++) {
      if (headline[i]) {
        out.add(i);
      }
    }
    return out.build();
  }

  /** [0]: furniture by rules (1) and (2); [1]: furniture by rule (3) only. */
  private boolean[][] marks(AnalyzedText text) {
    List<Sentence> ss = text.sentences();
    int n = ss.size();
    boolean[] furniture = new boolean[n];
    boolean[] headline = new boolean[n];
    if (n == 0) {
      return new boolean[][] {furniture, headline};
    }
    // Paragraphs as runs of sentences: [first, last] indices.
    List<int[]> paras = new ArrayList<>();
    int[] paraOf = new int[n];
    for (int i = 0; i < n; i++) {
      if (i == 0 || ss.get(i).paragraph() != ss.get(i - 1).paragraph()) {
        paras.add(new int[] {i, i});
      }
      paras.get(paras.size() - 1)[1] = i;
      paraOf[i] = paras.size() - 1;
    }
    for (int i = 0; i < n; i++) {
      Sentence s = ss.get(i);
      String st = text.span(s).text();
      if (i > 0 && s.size() <= TAIL_MAX_TOKENS && ownLine(text, ss, i) && matches(tail, st)) {
        for (int j = i; j < n; j++) {
          furniture[j] = true;
        }
        break;
      }
      if (matches(paragraph, st)) {
        int[] p = paras.get(paraOf[i]);
        for (int j = p[0]; j <= p[1]; j++) {
          furniture[j] = true;
        }
      }
    }
    for (int p = 1; p + 1 < paras.size(); p++) {
      int[] para = paras.get(p);
      if (para[0] == para[1] && !furniture[para[0]]
          && isHeadline(text, ss, para[0])
          && isBody(ss, paras.get(p - 1)) && isBody(ss, paras.get(p + 1))) {
        headline[para[0]] = true;
      }
    }
    return new boolean[][] {furniture, headline};
  }

  /**
   * Whether some paragraph has rule (3)'s shape (one headline-like sentence between two body
   * paragraphs), leaving out only the test that it is not furniture by rules (1) and (2): where
   * none has, {@link #marks} finds no headline, so the patterns need not run.
   */
  private static boolean mayHaveHeadline(AnalyzedText text) {
    List<Sentence> ss = text.sentences();
    int n = ss.size();
    // Paragraphs as runs of sentences; [a0, b0] and [a1, b1] are the two before [i, j].
    int a0 = -1;
    int b0 = -1;
    int a1 = -1;
    int b1 = -1;
    int paras = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && ss.get(j + 1).paragraph() == ss.get(i).paragraph()) {
        j++;
      }
      if (paras >= 2 && a1 == b1 && a0 >= 0 && ss.get(a1).size() >= 5 && ss.get(a1).size() <= 20
          && hasEmptyToken(ss.get(a1))) {
        return true; // isHeadline would fail on it: let marks() decide as it always did
      }
      if (paras >= 2 && a1 == b1 && a0 >= 0 && isHeadline(text, ss, a1)
          && isBody(ss, new int[] {a0, b0}) && isBody(ss, new int[] {i, j})) {
        return true;
      }
      a0 = a1;
      b0 = b1;
      a1 = i;
      b1 = j;
      paras++;
      i = j + 1;
    }
    return false;
  }

  private static boolean hasEmptyToken(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.text().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(List<Pattern> patterns, String sentence) {
    for (Pattern p : patterns) {
      if (p.matcher(sentence).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether sentence {@code i} is alone on its line. */
  static boolean ownLine(AnalyzedText text, List<Sentence> ss, int i) {
    String t = text.text();
    int start = ss.get(i).start();
    int end = ss.get(i).end();
    int before = i == 0 ? 0 : ss.get(i - 1).end();
    int after = i + 1 < ss.size() ? ss.get(i + 1).start() : t.length();
    boolean lineBefore = i == 0 || t.substring(before, start).indexOf('\n') >= 0;
    boolean lineAfter = i + 1 == ss.size() || t.substring(end, after).indexOf('\n') >= 0;
    return lineBefore && lineAfter;
  }

  static boolean isHeadline(AnalyzedText text, List<Sentence> ss, int i) {
    Sentence s = ss.get(i);
    if (s.size() < 5 || s.size() > 20 || !ownLine(text, ss, i)) {
      return false;
    }
    if (endsInPunctuation(s)) {
      return false;
    }
    String first = s.token(0).text();
    if (!Character.isUpperCase(first.codePointAt(0))) {
      return false;
    }
    boolean verb = false;
    boolean lower = false;
    for (Token t : s.tokens()) {
      verb |= t.posStartsWith("VB") || t.pos().equals("MD");
      lower |= Character.isLowerCase(t.text().codePointAt(0));
    }
    return verb && lower;
  }

  private static boolean isBody(List<Sentence> ss, int[] para) {
    int tokens = 0;
    for (int j = para[0]; j <= para[1]; j++) {
      tokens += ss.get(j).size();
    }
    return tokens >= BODY_TOKENS && endsInPunctuation(ss.get(para[1]));
  }

  private static boolean endsInPunctuation(Sentence s) {
    String last = s.token(s.size() - 1).text();
    return FINAL_PUNCTUATION.matcher(last).matches();
  }
}
