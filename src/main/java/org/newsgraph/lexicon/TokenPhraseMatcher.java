package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The one token phrase matcher of the rules: finds lexicon phrases in a sentence's tokens,
 * leftmost-longest and non-overlapping. Every layer matches its phrases through it: the sector
 * terms and relation triggers, the speech-cue phrases ("according to"), and, through {@link
 * #longestWindow}, the names of the country, organisation and place lexicons.
 *
 * <p>Word phrases ({@link #builder()}): a phrase word matches a token whose lower-cased text or
 * lemma equals it ({@link #textBuilder()}: its text only); {@code *} in a phrase stands for up to
 * {@link #GAP} other tokens; a hyphenated word ("low-carbon") matches one token or the three tokens
 * the tokenizer may make of it; a word may name the part of speech it must have ({@code
 * project/nn}: the word "project" tagged as a noun, any Penn tag that starts with {@code NN}), and
 * {@code <tag>} stands for any one token of that part of speech ({@code decline to <vb>}: "declined
 * to comment", not "declined to 5%"), neither first in a phrase. Name phrases ({@link
 * #longestWindow}): the text of a window of tokens is looked up in a lexicon by its normalised key,
 * the longest window first; a {@link PhraseFilter} skips the windows no lexicon holds. {@link
 * #leftmostLongest} is the scan both share. Immutable after {@link Builder#build()}; thread-safe.
 *
 * @param <V> what a phrase stands for (a sector id, a trigger, a cue)
 */
public final class TokenPhraseMatcher<V> {

  /** How many tokens a {@code *} in a phrase may stand for. */
  static final int GAP = 2;

  private static final Splitter SPACE = Splitter.on(' ').omitEmptyStrings();

  /** One phrase as token words, with its value. */
  record Entry<V>(ImmutableList<PhraseWord> words, V value) {}

  /**
   * One word of a phrase: its text ({@code null} for any token, {@code "*"} for a gap) and the
   * prefix of the Penn tag the token must have ({@code null} for any tag), upper case.
   */
  record PhraseWord(String text, String tag) {

    /** The Penn Treebank tags; a part of speech in a phrase is one of them or the start of one. */
    private static final ImmutableList<String> PENN_TAGS = ImmutableList.of("CC", "CD", "DT", "EX", "FW",
        "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB",
        "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$",
        "WRB");

    /**
     * Reads {@code word}, {@code word/tag} or {@code <tag>}; a slash before anything but the start of
     * a Penn tag is part of the word ("km/h").
     */
    static PhraseWord parse(String w, String phrase) {
      if (w.length() > 2 && w.startsWith("<") && w.endsWith(">")) {
        String tag = w.substring(1, w.length() - 1).toUpperCase(Locale.ROOT);
        checkArgument(pennPrefix(tag),
            "phrase '%s': '%s' is no part of speech (a Penn tag or its start, like <vb>)", phrase, w);
        return new PhraseWord(null, tag);
      }
      int slash = w.lastIndexOf('/');
      if (slash > 0 && slash < w.length() - 1 && pennPrefix(w.substring(slash + 1).toUpperCase(Locale.ROOT))) {
        return new PhraseWord(w.substring(0, slash), w.substring(slash + 1).toUpperCase(Locale.ROOT));
      }
      return new PhraseWord(w, null);
    }

    private static boolean pennPrefix(String tag) {
      return PENN_TAGS.stream().anyMatch(t -> t.startsWith(tag));
    }

    boolean gap() {
      return "*".equals(text);
    }
  }

  /** A phrase found at tokens {@code [start, end)}. */
  public record Match<V>(int start, int end, V value) {}

  /** The look-up of one window of tokens {@code [from, to)} whose text is {@code phrase}. */
  @FunctionalInterface
  public interface WindowLookup<V> {
    /** What the window stands for, or {@code null} when nothing (or when the caller rejects it). */
    V lookup(String phrase, int from, int to);
  }

  private final ImmutableListMultimap<String, Entry<V>> byFirstWord;
  private final boolean lemmas;

  private TokenPhraseMatcher(ImmutableListMultimap<String, Entry<V>> byFirstWord, boolean lemmas) {
    this.byFirstWord = byFirstWord;
    this.lemmas = lemmas;
  }

  /** A builder of word phrases that match a token's text or lemma. */
  public static <V> Builder<V> builder() {
    return new Builder<>(true);
  }

  /** A builder of word phrases that match a token's text only. */
  public static <V> Builder<V> textBuilder() {
    return new Builder<>(false);
  }

  /** Collects phrases; not thread-safe. */
  public static final class Builder<V> {
    private final ImmutableListMultimap.Builder<String, Entry<V>> map = ImmutableListMultimap.builder();
    private final boolean lemmas;

    private Builder(boolean lemmas) {
      this.lemmas = lemmas;
    }

    /** Adds a phrase (lower case, words separated by spaces) with its value. */
    public Builder<V> add(String phrase, V value) {
      checkNotNull(phrase, "phrase");
      checkNotNull(value, "value");
      List<String> words = SPACE.splitToList(phrase.toLowerCase(Locale.ROOT).strip());
      checkArgument(!words.isEmpty(), "phrase '%s' has no words", phrase);
      checkArgument(!words.get(0).equals("*"), "phrase '%s' must not start with *", phrase);
      checkArgument(!words.get(0).startsWith("<"), "phrase '%s' must not start with a part of speech", phrase);
      // Every way of writing each hyphenated word: as one token or as its parts around "-" tokens.
      List<List<String>> variants = new ArrayList<>();
      variants.add(new ArrayList<>());
      for (String w : words) {
        List<List<String>> next = new ArrayList<>();
        for (List<String> v : variants) {
          List<String> whole = new ArrayList<>(v);
          whole.add(w);
          next.add(whole);
          if (w.length() > 1 && w.contains("-") && !w.startsWith("-") && !w.endsWith("-")
              && !w.contains("/")) {
            List<String> split = new ArrayList<>(v);
            for (String part : Splitter.on('-').split(w)) {
              if (!split.isEmpty() && split.size() > v.size()) {
                split.add("-");
              }
              split.add(part);
            }
            next.add(split);
          }
        }
        variants = next;
      }
      for (List<String> v : variants) {
        ImmutableList<PhraseWord> parsed = v.stream().map(w -> PhraseWord.parse(w, phrase))
            .collect(ImmutableList.toImmutableList());
        map.put(parsed.get(0).text(), new Entry<>(parsed, value));
      }
      return this;
    }

    /** The matcher of the phrases added so far. */
    public TokenPhraseMatcher<V> build() {
      return new TokenPhraseMatcher<>(map.build(), lemmas);
    }
  }

  /** All phrases in the sentence, leftmost-longest, in token order; none overlap. */
  public ImmutableList<Match<V>> findAll(Sentence sentence) {
    checkNotNull(sentence, "sentence");
    List<Token> tokens = sentence.tokens();
    return leftmostLongest(tokens.size(), i -> longestAt(tokens, i));
  }

  /** The longest phrase starting at token {@code i} of {@code s} (the first of equal ones). */
  public Optional<Match<V>> longestAt(Sentence s, int i) {
    checkNotNull(s, "s");
    checkArgument(i >= 0 && i < s.size(), "token %s is not in a sentence of %s", i, s.size());
    return Optional.ofNullable(longestAt(s.tokens(), i));
  }

  /**
   * The scan every matcher shares: from the first token, the longest match starting at each token
   * ({@code longestAt}, {@code null} for none) is taken and the scan goes on after it; where none
   * starts, at the next token. The matches are leftmost-longest, in token order, not overlapping.
   */
  public static <M> ImmutableList<Match<M>> leftmostLongest(
      int size, IntFunction<Match<M>> longestAt) {
    ImmutableList.Builder<Match<M>> out = ImmutableList.builder();
    int i = 0;
    while (i < size) {
      Match<M> best = longestAt.apply(i);
      if (best == null) {
        i++;
      } else {
        out.add(best);
        i = best.end();
      }
    }
    return out.build();
  }

  /**
   * The longest name phrase starting at token {@code from} of {@code s}: the windows {@code [from,
   * to)} for {@code to} from {@code min(size, from + maxTokens)} down, each window's text (from its
   * first token's start to its last token's end in {@code text}) given to {@code lookup} until one
   * stands for something. With a {@code filter} (the lexicons' {@link PhraseFilter}), the windows
   * are normalised once ({@link KeyWindow}) and a window no lexicon of the filter can hold is not
   * looked up: the answer is the same, found with a few hash probes per start token.
   *
   * @param filter the filter of every phrase {@code lookup} may find, or {@code null} for none
   */
  public static <M> Match<M> longestWindow(
      AnalyzedText text, Sentence s, int from, int maxTokens, PhraseFilter filter,
      WindowLookup<M> lookup) {
    int limit = Math.min(s.size(), from + maxTokens);
    KeyWindow window = new KeyWindow();
    int[] keyLength = new int[maxTokens];
    // Normalise up to the first space only: most start tokens begin no phrase of several words.
    int done = normalize(text.text(), s, from, from, limit, true, window, keyLength);
    boolean filtered = filter != null && done >= 0 && !window.startsWithThe();
    int scanTo = limit;
    if (filtered && window.hasSpace()) {
      if (filter.mayStartPhrase(window)) {
        filtered = normalize(text.text(), s, from, done, limit, false, window, keyLength) >= 0;
      } else {
        scanTo = done - 1; // the phrases that end before the first space
      }
    }
    Token first = s.token(from);
    for (int to = scanTo; to > from; to--) {
      if (filtered) {
        // The phrase's key is a prefix of the window: skip what no lexicon can have.
        int len = keyLength[to - 1 - from];
        if (!filter.mayHold(window, len) || !filter.mayHold(PhraseKey.ofExact(window.key(len)))) {
          continue;
        }
      }
      String phrase = text.text().substring(first.start(), s.token(to - 1).end());
      M found = lookup.lookup(phrase, from, to);
      if (found != null) {
        return new Match<>(from, to, found);
      }
    }
    return null;
  }

  /**
   * Every name phrase starting at token {@code from} of {@code s}, read as the tokens' words joined
   * by single spaces (not as the text: for a look-up before the entity layer): the windows {@code
   * [from, to)} of 1 to {@code maxTokens} tokens, shortest first, each given to {@code visit}
   * unless {@code filter} rules it out (normalised once, growing, in a {@link KeyWindow}); the
   * windows stop at the first one of several words that no phrase of the filter starts like.
   * Returns the end of the last window {@code visit} found something for, or -1.
   */
  public static int everyWordWindow(
      Sentence s, int from, int maxTokens, PhraseFilter filter, WindowLookup<?> visit) {
    StringBuilder phrase = new StringBuilder(s.token(from).text());
    KeyWindow window = new KeyWindow();
    window.append(phrase, 0, phrase.length());
    int last = -1;
    for (int n = 1; n <= maxTokens && from + n - 1 < s.size(); n++) {
      if (n > 1) {
        int start = phrase.length();
        phrase.append(' ').append(s.token(from + n - 1).text());
        window.append(phrase, start, phrase.length());
      }
      // The phrase's key is the window unless exact() drops a leading "the" from it.
      if (!window.startsWithThe()) {
        int len = window.length();
        if (len > window.firstWordLength() && !filter.mayStartPhrase(window)) {
          break; // no lexicon phrase of several words starts with this word
        }
        if (!filter.mayHold(window, len)) {
          continue;
        }
      }
      if (visit.lookup(phrase.toString(), from, from + n) != null) {
        last = from + n;
      }
    }
    return last;
  }

  /**
   * Appends tokens {@code [next, limit)} of the phrases starting at token {@code from} to {@code
   * window} (normalised once), noting in {@code keyLength} the length of the key of each phrase
   * {@code [from, to)}: the phrase's {@link LexiconKeys#exact} key is that prefix of the window
   * unless the window starts with a "the" that {@code exact} drops (the caller checks). With {@code
   * toSpace}, stops after the token that brings the window's first space. Returns the token after
   * the last one appended, or -1 where the keys are not prefixes: token ends that go backwards.
   */
  private static int normalize(
      String text, Sentence s, int from, int next, int limit, boolean toSpace, KeyWindow window,
      int[] keyLength) {
    int pos = next == from ? s.token(from).start() : s.token(next - 1).end();
    for (int k = next; k < limit; k++) {
      int end = s.token(k).end();
      if (end < pos) {
        return -1;
      }
      window.append(text, pos, end);
      pos = end;
      keyLength[k - from] = window.length();
      if (toSpace && window.hasSpace()) {
        return k + 1;
      }
    }
    return limit;
  }

  private Match<V> longestAt(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String text = t.text().toLowerCase(Locale.ROOT);
    Match<V> best = best(tokens, i, byFirstWord.get(text), null);
    if (lemmas) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (!lemma.equals(text)) {
        best = best(tokens, i, byFirstWord.get(lemma), best);
      }
    }
    return best;
  }

  private Match<V> best(List<Token> tokens, int i, List<Entry<V>> entries, Match<V> best) {
    for (Entry<V> e : entries) {
      if (!tagged(e.words().get(0), tokens.get(i))) {
        continue;
      }
      int end = matchFrom(e.words(), 1, tokens, i + 1);
      if (end > 0 && (best == null || end > best.end())) {
        best = new Match<>(i, end, e.value());
      }
    }
    return best;
  }

  /** The end of the match of {@code words[w..]} starting at token {@code t}, or -1. */
  private int matchFrom(List<PhraseWord> words, int w, List<Token> tokens, int t) {
    if (w == words.size()) {
      return t;
    }
    PhraseWord word = words.get(w);
    if (word.gap()) {
      for (int skip = 0; skip <= GAP && t + skip <= tokens.size(); skip++) {
        int end = matchFrom(words, w + 1, tokens, t + skip);
        if (end > 0) {
          return end;
        }
      }
      return -1;
    }
    if (t >= tokens.size() || !matches(word, tokens.get(t))) {
      return -1;
    }
    return matchFrom(words, w + 1, tokens, t + 1);
  }

  private boolean matches(PhraseWord word, Token token) {
    if (!tagged(word, token)) {
      return false;
    }
    String w = word.text();
    return w == null || w.equalsIgnoreCase(token.text()) || lemmas && w.equalsIgnoreCase(token.lemma());
  }

  private static boolean tagged(PhraseWord word, Token token) {
    return word.tag() == null || token.posStartsWith(word.tag());
  }
}
