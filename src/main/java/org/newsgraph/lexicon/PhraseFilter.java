package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A quick "certainly not there" test over the keys of one or more {@link PhraseTable}s, so that a
 * scanner trying every phrase of a sentence against several lexicons can skip, with one or two
 * hash look-ups, the phrases none of them holds. Never wrong in the other direction: a phrase some
 * table would find always passes. Immutable and thread-safe.
 *
 * <p>Tests: {@link #mayHold(PhraseKey)} for a whole phrase (its exact key among the tables'
 * exact keys, or its folded key among their folded keys); the same on the hash codes of a prefix
 * of a {@link KeyWindow}, which allocates nothing; and {@link #mayStartPhrase} for the first word
 * of a window, which lets a scanner drop every longer phrase starting at a word that starts no
 * lexicon phrase.
 */
public final class PhraseFilter {

  private final ImmutableSet<String> exact;
  private final ImmutableSet<String> folded;
  /** Hash codes of the exact and of the folded keys. */
  private final IntSet exactHashes;
  private final IntSet foldedHashes;
  /** Hash codes of the first words (up to the first space) of the exact and of the folded keys. */
  private final IntSet exactFirstHashes;
  private final IntSet foldedFirstHashes;

  private PhraseFilter(Set<String> exact, Set<String> folded) {
    this.exact = ImmutableSet.copyOf(exact);
    this.folded = ImmutableSet.copyOf(folded);
    this.exactHashes = hashes(exact, false);
    this.foldedHashes = hashes(folded, false);
    this.exactFirstHashes = hashes(exact, true);
    this.foldedFirstHashes = hashes(folded, true);
  }

  private static IntSet hashes(Set<String> keys, boolean firstWord) {
    IntSet out = new IntSet(keys.size());
    for (String k : keys) {
      int space = firstWord ? k.indexOf(' ') : -1;
      out.add((space < 0 ? k : k.substring(0, space)).hashCode());
    }
    return out;
  }

  /** The filter of several filters' phrases together. */
  public static PhraseFilter union(PhraseFilter... filters) {
    Builder b = new Builder();
    for (PhraseFilter f : filters) {
      checkNotNull(f, "filter");
      b.addExact(f.exact);
      b.addFolded(f.folded);
    }
    return b.build();
  }

  /**
   * False when no table of this filter can hold the phrase of {@code key}: neither its exact key
   * is an exact key of theirs nor its folded key a folded one (whether the phrase may fold is not
   * asked: the test may pass where the lookup then finds nothing, never the other way round).
   */
  public boolean mayHold(PhraseKey key) {
    return exact.contains(key.exact()) || folded.contains(key.folded());
  }

  /**
   * False when no table of this filter can hold the phrase whose key is the first {@code length}
   * characters of {@code window} (the same test as {@link #mayHold(PhraseKey)}, on hash codes, so
   * it may pass where that one fails). Valid only for a window that does not {@linkplain
   * KeyWindow#startsWithThe start with "the"}.
   */
  public boolean mayHold(KeyWindow window, int length) {
    return exactHashes.contains(window.hash(length))
        || !window.foldedKnown(length)
        || foldedHashes.contains(window.foldedHash(length));
  }

  /**
   * False when no table of this filter holds a phrase of several words whose key starts with the
   * first word of {@code window} followed by a space: then no phrase of the window longer than its
   * first word needs a look-up. Valid only for a window that does not {@linkplain
   * KeyWindow#startsWithThe start with "the"}.
   */
  public boolean mayStartPhrase(KeyWindow window) {
    int length = window.firstWordLength();
    return exactFirstHashes.contains(window.hash(length))
        || !window.foldedKnown(length)
        || foldedFirstHashes.contains(window.foldedHash(length));
  }

  /** A set of ints, open addressing; immutable after building. */
  private static final class IntSet {
    private final int[] slots;
    private final boolean[] used;
    private final int mask;

    IntSet(int expected) {
      int capacity = Integer.highestOneBit(Math.max(4, expected) * 4 - 1) << 1;
      slots = new int[capacity];
      used = new boolean[capacity];
      mask = capacity - 1;
    }

    void add(int v) {
      int i = mix(v) & mask;
      while (used[i]) {
        if (slots[i] == v) {
          return;
        }
        i = (i + 1) & mask;
      }
      used[i] = true;
      slots[i] = v;
    }

    boolean contains(int v) {
      int i = mix(v) & mask;
      while (used[i]) {
        if (slots[i] == v) {
          return true;
        }
        i = (i + 1) & mask;
      }
      return false;
    }

    private static int mix(int h) {
      h *= 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }

  /** Collects keys; not thread-safe. */
  static final class Builder {
    private final Set<String> exact = new HashSet<>();
    private final Set<String> folded = new HashSet<>();

    void addExact(Collection<String> keys) {
      exact.addAll(keys);
    }

    void addFolded(Collection<String> keys) {
      folded.addAll(keys);
    }

    PhraseFilter build() {
      return new PhraseFilter(exact, folded);
    }
  }

  /** The filter of some tables' keys. */
  static PhraseFilter of(PhraseTable<?>... tables) {
    Builder b = new Builder();
    for (PhraseTable<?> t : tables) {
      t.addKeysTo(b);
    }
    return b.build();
  }
}
