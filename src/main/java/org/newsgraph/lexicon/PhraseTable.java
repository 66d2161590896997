package org.newsgraph.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A phrase-to-value table with the comparison rules of {@link LexiconKeys}: exact match first,
 * then a case-folded match for phrases that are not all lower case. Built once while a lexicon
 * loads (not thread-safe while building), read-only afterwards. A phrase given two different
 * values is a data error, reported with the file and line.
 */
public final class PhraseTable<V> {

  private final Map<String, V> exact = new HashMap<>();
  private final Map<String, V> folded = new HashMap<>();
  private final Function<V, ?> identity;
  private int maxWords;

  /** A table where two values conflict unless equal. */
  public PhraseTable() {
    this(v -> v);
  }

  /**
   * A table where two values for one phrase conflict unless {@code identity} maps them to equal
   * keys (the first value is kept): a country's name and alias may both be "Bahamas".
   */
  public PhraseTable(Function<V, ?> identity) {
    this.identity = Objects.requireNonNull(identity, "identity");
  }

  /** Adds a phrase; fails naming {@code line} if the phrase already has a different value. */
  public void put(String phrase, V value, DataLine line) {
    Objects.requireNonNull(value, "value");
    String key = LexiconKeys.exact(phrase);
    if (key.isEmpty()) {
      throw line.error("empty phrase");
    }
    V old = exact.putIfAbsent(key, value);
    if (old != null && !identity.apply(old).equals(identity.apply(value))) {
      throw line.error("phrase '" + phrase + "' is given twice: " + old + " and " + value);
    }
    if (LexiconKeys.foldable(key)) {
      folded.putIfAbsent(LexiconKeys.folded(key), value);
    }
    maxWords = Math.max(maxWords, LexiconKeys.words(key));
  }

  /** The value of a phrase, if the table holds it. */
  public Optional<V> get(String phrase) {
    return get(PhraseKey.of(phrase));
  }

  /** The value of a prepared phrase, if the table holds it: the same as {@link #get(String)}. */
  public Optional<V> get(PhraseKey key) {
    V v = exact.get(key.exact());
    if (v == null && key.mayFold()) {
      v = folded.get(key.folded());
    }
    return Optional.ofNullable(v);
  }

  /** Adds this table's keys to {@code keys} (for a {@link PhraseFilter}). */
  void addKeysTo(PhraseFilter.Builder keys) {
    keys.addExact(this.exact.keySet());
    keys.addFolded(this.folded.keySet());
  }

  /** Whether the phrase is present with exactly this case (no folding). */
  public boolean containsExact(String phrase) {
    return exact.containsKey(LexiconKeys.exact(phrase));
  }

  /** The longest phrase, in words. */
  public int maxWords() {
    return maxWords;
  }

  /** Number of distinct exact phrases. */
  public int size() {
    return exact.size();
  }
}
