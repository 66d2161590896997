package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * A phrase prepared for lookups in several {@link PhraseTable}s: its exact key is computed once,
 * its folded key and whether it {@linkplain LexiconKeys#mayFold may fold} only when a table needs
 * them, and then once. A lookup through a key gives the same answer as one through the phrase.
 * Not thread-safe (it caches); cheap to make, meant for one lookup sequence.
 */
public final class PhraseKey {

  private final String exact;
  private String folded;
  private byte mayFold = -1;

  private PhraseKey(String exact) {
    this.exact = exact;
  }

  /** The key of a phrase as written in a text ({@link LexiconKeys#exact} applied). */
  public static PhraseKey of(String phrase) {
    return new PhraseKey(LexiconKeys.exact(checkNotNull(phrase, "phrase")));
  }

  /**
   * A key whose exact form is already known: {@code exactKey} must be what {@link
   * LexiconKeys#exact} gives for the phrase (a scanner that normalises a text once reads it off).
   */
  public static PhraseKey ofExact(String exactKey) {
    return new PhraseKey(checkNotNull(exactKey, "exactKey"));
  }

  /** The exact key. */
  public String exact() {
    return exact;
  }

  /** The folded key ({@link LexiconKeys#folded} of the exact key). */
  public String folded() {
    if (folded == null) {
      // An exact key is already normalised: exact() of it only drops a leading "the" again.
      folded =
          LexiconKeys.startsWithThe(exact)
              ? LexiconKeys.folded(exact)
              : exact.toLowerCase(Locale.ROOT);
    }
    return folded;
  }

  /** Whether the phrase may be found by its folded key ({@link LexiconKeys#mayFold}). */
  public boolean mayFold() {
    if (mayFold < 0) {
      mayFold = (byte) (LexiconKeys.mayFold(exact) ? 1 : 0);
    }
    return mayFold == 1;
  }
}
