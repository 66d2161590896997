package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.ModelFile;

/**
 * The entity layer's word lists from {@code models/entity-stoplist.tsv}: words CoreNLP tags as
 * names that are not ({@code STOP}; {@code LAST_WORD_NOT_NAME} for spans ending in "Act"), titles to trim from person names, words that mark a storm
 * rather than a person, the words before a capital that make it act for its government or keep it
 * a city, and the nouns that tie an organisation to a nationality ("South Korean carmaker
 * Hyundai"). Immutable and thread-safe.
 */
public final class EntityStoplist {

  /** The kinds of row in the file. */
  public enum Kind {
    STOP,
    LAST_WORD_NOT_NAME,
    TRIM_FIRST,
    NOT_PERSON_AFTER,
    METONYM_BEFORE,
    PLACE_BEFORE,
    ORG_NOUN,
    HYPHEN_SUFFIX,
    NAME_PARTICLE,
    INSTITUTION
  }

  /** NER labels a STOP or TRIM row applies to; empty means any. */
  private final Map<Kind, Map<String, Set<String>>> rows = new EnumMap<>(Kind.class);

  private EntityStoplist(Iterable<DataLine> lines) {
    for (Kind k : Kind.values()) {
      rows.put(k, new HashMap<>());
    }
    for (DataLine line : lines) {
      Kind kind = line.enumField(0, Kind.class, "kind");
      String phrase = line.field(1);
      if (phrase.isEmpty()) {
        throw line.error("empty phrase");
      }
      String key = key(kind, phrase);
      Set<String> types = new HashSet<>(line.listField(2));
      if (rows.get(kind).containsKey(key)) {
        throw line.error(kind + " '" + phrase + "' is listed twice");
      }
      rows.get(kind).put(key, ImmutableSet.copyOf(types));
    }
  }

  private static String key(Kind kind, String phrase) {
    String k = LexiconKeys.exact(phrase);
    // Stop and trim words are compared without case (all-capitals headlines); cue words exactly.
    return kind == Kind.STOP || kind == Kind.TRIM_FIRST || kind == Kind.LAST_WORD_NOT_NAME
            || kind == Kind.HYPHEN_SUFFIX || kind == Kind.NAME_PARTICLE
        ? k.toLowerCase(Locale.ROOT)
        : k;
  }

  /** Reads {@code entity-stoplist.tsv} (bundled plus extras). */
  public static EntityStoplist load(ModelFiles files) {
    checkNotNull(files, "files");
    return new EntityStoplist(files.lines(ModelFile.ENTITY_STOPLIST));
  }

  /** Builds the lists from data lines (for tests). */
  public static EntityStoplist fromLines(Iterable<DataLine> lines) {
    return new EntityStoplist(checkNotNull(lines, "lines"));
  }

  /** Whether a row of {@code kind} lists {@code phrase} for NER label {@code label}. */
  public boolean has(Kind kind, String phrase, String label) {
    checkNotNull(kind, "kind");
    Set<String> types = rows.get(kind).get(key(kind, phrase));
    return types != null && (types.isEmpty() || types.contains(label));
  }

  /** Whether a row of {@code kind} lists {@code phrase}, for any label. */
  public boolean has(Kind kind, String phrase) {
    checkNotNull(kind, "kind");
    return rows.get(kind).containsKey(key(kind, phrase));
  }
}
