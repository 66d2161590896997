package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Finds lexicon phrases in a sentence's tokens: leftmost-longest, non-overlapping. A phrase word
 * matches a token whose lower-cased text or lemma equals it; {@code *} in a phrase stands for up to
 * {@link #GAP} other tokens; a hyphenated word ("low-carbon") matches one token or the three tokens
 * the tokenizer may make of it. Immutable after {@link Builder#build()}; thread-safe.
 *
 * @param <V> what a phrase stands for (a sector id, a trigger)
 */
final class TokenPhraseMatcher<V> {

  /** How many tokens a {@code *} in a phrase may stand for. */
  static final int GAP = 2;

  private static final Splitter SPACE = Splitter.on(' ').omitEmptyStrings();

  /** One phrase as token words, with its value. */
  record Entry<V>(ImmutableList<String> words, V value) {}

  /** A phrase found at tokens {@code [start, end)}. */
  record Match<V>(int start, int end, V value) {}

  private final ImmutableListMultimap<String, Entry<V>> byFirstWord;

  private TokenPhraseMatcher(ImmutableListMultimap<String, Entry<V>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** Collects phrases; not thread-safe. */
  static final class Builder<V> {
    private final ImmutableListMultimap.Builder<String, Entry<V>> map = ImmutableListMultimap.builder();

    /** Adds a phrase (lower case, words separated by spaces) with its value. */
    Builder<V> add(String phrase, V value) {
      checkNotNull(phrase, "phrase");
      checkNotNull(value, "value");
      List<String> words = SPACE.splitToList(phrase.toLowerCase(Locale.ROOT).strip());
      checkArgument(!words.isEmpty(), "phrase '%s' has no words", phrase);
      checkArgument(!words.get(0).equals("*"), "phrase '%s' must not start with *", phrase);
      // Every way of writing each hyphenated word: as one token or as its parts around "-" tokens.
      List<List<String>> variants = new ArrayList<>();
      variants.add(new ArrayList<>());
      for (String w : words) {
        List<List<String>> next = new ArrayList<>();
        for (List<String> v : variants) {
          List<String> whole = new ArrayList<>(v);
          whole.add(w);
          next.add(whole);
          if (w.length() > 1 && w.contains("-") && !w.startsWith("-") && !w.endsWith("-")) {
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
        map.put(v.get(0), new Entry<>(ImmutableList.copyOf(v), value));
      }
      return this;
    }

    TokenPhraseMatcher<V> build() {
      return new TokenPhraseMatcher<>(map.build());
    }
  }

  /** All phrases in the sentence, leftmost-longest, in token order; none overlap. */
  ImmutableList<Match<V>> findAll(Sentence sentence) {
    ImmutableList.Builder<Match<V>> out = ImmutableList.builder();
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      Match<V> best = longestAt(tokens, i);
      if (best == null) {
        i++;
      } else {
        out.add(best);
        i = best.end();
      }
    }
    return out.build();
  }

  private Match<V> longestAt(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String text = t.text().toLowerCase(Locale.ROOT);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    Match<V> best = best(tokens, i, byFirstWord.get(text), null);
    if (!lemma.equals(text)) {
      best = best(tokens, i, byFirstWord.get(lemma), best);
    }
    return best;
  }

  private Match<V> best(List<Token> tokens, int i, List<Entry<V>> entries, Match<V> best) {
    for (Entry<V> e : entries) {
      int end = matchFrom(e.words(), 1, tokens, i + 1);
      if (end > 0 && (best == null || end > best.end())) {
        best = new Match<>(i, end, e.value());
      }
    }
    return best;
  }

  /** The end of the match of {@code words[w..]} starting at token {@code t}, or -1. */
  private static int matchFrom(List<String> words, int w, List<Token> tokens, int t) {
    if (w == words.size()) {
      return t;
    }
    String word = words.get(w);
    if (word.equals("*")) {
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

  private static boolean matches(String word, Token token) {
    return word.equalsIgnoreCase(token.text()) || word.equalsIgnoreCase(token.lemma());
  }
}
