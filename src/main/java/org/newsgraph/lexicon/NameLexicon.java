package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A lexicon of named things, one a line, each with its name and aliases: the lookup, the quick
 * "not there" filter and the entries that the organisation lexicon and the place gazetteer share.
 * Lookups follow {@link LexiconKeys}; a phrase given to two entries is a data error. Immutable and
 * thread-safe.
 *
 * @param <V> one entry
 */
public abstract class NameLexicon<V> {

  /** How a line is read: its entry and the names it is found by. */
  record Entry<V>(V value, List<String> names) {

    /** An entry known by {@code name} first, then by each of {@code aliases}. */
    static <V> Entry<V> named(V value, String name, List<String> aliases) {
      List<String> names = new ArrayList<>(aliases.size() + 1);
      names.add(name);
      names.addAll(aliases);
      return new Entry<>(value, names);
    }
  }

  private final PhraseTable<V> table = new PhraseTable<>();
  private final PhraseFilter filter;
  private final ImmutableList<V> entries;

  NameLexicon(List<DataLine> lines, Function<DataLine, Entry<V>> reader) {
    List<V> all = new ArrayList<>();
    for (DataLine line : checkNotNull(lines, "lines")) {
      Entry<V> e = reader.apply(line);
      all.add(e.value());
      for (String name : e.names()) {
        table.put(name, e.value(), line);
      }
    }
    this.entries = ImmutableList.copyOf(all);
    this.filter = PhraseFilter.of(table);
  }

  /** The entry a phrase names (its name or an alias). */
  public Optional<V> lookup(String phrase) {
    checkNotNull(phrase, "phrase");
    return lookup(PhraseKey.of(phrase));
  }

  /** {@link #lookup(String)} for a prepared phrase. */
  public Optional<V> lookup(PhraseKey key) {
    checkNotNull(key, "key");
    return filter.mayHold(key) ? table.get(key) : Optional.empty();
  }

  /** A quick test for phrases that name no entry of this lexicon. */
  public PhraseFilter phrases() {
    return filter;
  }

  /** All entries, in file order. */
  ImmutableList<V> entries() {
    return entries;
  }

  /** The longest name, in words. */
  public int maxPhraseWords() {
    return table.maxWords();
  }
}
