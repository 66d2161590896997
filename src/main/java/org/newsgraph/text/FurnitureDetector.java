package org.newsgraph.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives each sentence its {@link FurnitureKind}: article, or website furniture (related headlines,
 * "More from ..." blocks, app and channel promotions, copyright lines). Runs once per document,
 * right after the analysis; every layer then reads the kind. Thread-safe.
 *
 * <p>Three rules. (1) A short line matching a TAIL pattern of {@code models/furniture.tsv} ("More
 * from ...:", "Next In ...", "Others Also Read") starts the trailer: it and everything after it
 * are {@link FurnitureKind#TRAILER}. (2) A sentence matching a PARAGRAPH pattern ("download our
 * mobile app", "Follow us on", "Copyright", "Do you have questions about ...") makes its whole
 * paragraph {@link FurnitureKind#PROMOTION}. (3) An {@link FurnitureKind#INLINE_HEADLINE}: a
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

  /**
   * A detector with these TAIL and PARAGRAPH patterns (as {@code lexicon.FurniturePatterns} loads
   * them from {@code models/furniture.tsv}).
   */
  public FurnitureDetector(List<Pattern> tailPatterns, List<Pattern> paragraphPatterns) {
    this.tail = ImmutableList.copyOf(checkNotNull(tailPatterns, "tailPatterns"));
    this.paragraph = ImmutableList.copyOf(checkNotNull(paragraphPatterns, "paragraphPatterns"));
  }

  /** A copy of {@code text} with each sentence of its furniture kind. */
  public AnalyzedText mark(AnalyzedText text) {
    checkNotNull(text, "text");
    FurnitureKind[] kinds = kinds(text);
    if (Arrays.stream(kinds).noneMatch(FurnitureKind::isFurniture)) {
      return text;
    }
    return text.mapSentences(
        s -> kinds[s.index()].isFurniture() ? s.withFurniture(kinds[s.index()]) : s);
  }

  private FurnitureKind[] kinds(AnalyzedText text) {
    List<Sentence> ss = text.sentences();
    int n = ss.size();
    FurnitureKind[] kinds = new FurnitureKind[n];
    Arrays.fill(kinds, FurnitureKind.ARTICLE);
    if (n == 0) {
      return kinds;
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
        Arrays.fill(kinds, i, n, FurnitureKind.TRAILER);
        break;
      }
      if (matches(paragraph, st)) {
        int[] p = paras.get(paraOf[i]);
        Arrays.fill(kinds, p[0], p[1] + 1, FurnitureKind.PROMOTION);
      }
    }
    for (int p = 1; p + 1 < paras.size(); p++) {
      int[] para = paras.get(p);
      if (para[0] == para[1] && !kinds[para[0]].isFurniture()
          && isHeadline(text, ss, para[0])
          && isBody(ss, paras.get(p - 1)) && isBody(ss, paras.get(p + 1))) {
        kinds[para[0]] = FurnitureKind.INLINE_HEADLINE;
      }
    }
    return kinds;
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
