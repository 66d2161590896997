package org.newsgraph.lexicon;

import java.util.Arrays;

/**
 * A stretch of text normalised once as {@link LexiconKeys#exact} does, so that a scanner can read
 * the key of every phrase starting where the stretch starts as a prefix of it, with its hash codes,
 * and ask a {@link PhraseFilter} about it without cutting, normalising or lower-casing any string.
 * {@link #key(int)} is exactly {@code LexiconKeys.exact} of the phrase as long as the stretch does
 * not start with a "the" that {@code exact} would drop ({@link #startsWithThe()}). Reusable
 * ({@link #clear()}); not thread-safe.
 */
public final class KeyWindow {

  private final StringBuilder norm = new StringBuilder(64);
  /** {@code hash[k]}: {@code String.hashCode} of the first k normalised characters. */
  private int[] hash = new int[65];
  /** {@code folded[k]}: the same for those characters in ASCII lower case. */
  private int[] folded = new int[65];
  /** How many leading normalised characters are ASCII. */
  private int ascii;
  private boolean space;
  private int firstSpace;

  public KeyWindow() {
    clear();
  }

  /** Empties the window for a new stretch. */
  public void clear() {
    norm.setLength(0);
    space = false;
    ascii = 0;
    firstSpace = -1;
  }

  /** Appends {@code text[from, to)}, which must follow what was appended before in the text. */
  public void append(CharSequence text, int from, int to) {
    int old = norm.length();
    space = LexiconKeys.appendNormalized(text, from, to, norm, space);
    int n = norm.length();
    if (n + 1 > hash.length) {
      int size = Math.max(n + 1, 2 * hash.length);
      hash = Arrays.copyOf(hash, size);
      folded = Arrays.copyOf(folded, size);
    }
    for (int k = old; k < n; k++) {
      char c = norm.charAt(k);
      hash[k + 1] = 31 * hash[k] + c;
      if (ascii == k && c < 128) {
        ascii = k + 1;
        folded[k + 1] = 31 * folded[k] + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      }
      if (c == ' ' && firstSpace < 0) {
        firstSpace = k;
      }
    }
  }

  /** Length of the normalised text so far (the key length of the phrase appended so far). */
  public int length() {
    return norm.length();
  }

  /** Whether the stretch starts with a "the" that {@link LexiconKeys#exact} drops. */
  public boolean startsWithThe() {
    return LexiconKeys.startsWithThe(norm);
  }

  /** The key of the first {@code length} normalised characters. */
  public String key(int length) {
    return norm.substring(0, length);
  }

  /** Whether the normalised text has a space: more than one word. */
  public boolean hasSpace() {
    return firstSpace >= 0;
  }

  /** Length of the first word: up to the first space, or all. */
  public int firstWordLength() {
    return firstSpace < 0 ? norm.length() : firstSpace;
  }

  int hash(int length) {
    return hash[length];
  }

  /** Whether {@link #foldedHash} is known: the characters are all ASCII. */
  boolean foldedKnown(int length) {
    return length <= ascii;
  }

  /**
   * {@code String.hashCode} of the first {@code length} characters lower-cased: for ASCII text
   * that is what {@code toLowerCase(Locale.ROOT)} gives, so the hash of the folded key.
   */
  int foldedHash(int length) {
    return folded[length];
  }
}
