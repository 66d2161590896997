package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.ModelFile;
import org.newsgraph.relations.TriggerKind;
import org.newsgraph.relations.TriggerMention;
import org.newsgraph.text.Sentence;

/**
 * The trigger words and phrases of {@code models/relation-triggers.tsv}, each with the relation type
 * it signals ("sanctions" -> RESTRICTION, "upper hand" -> ADVANTAGE) and the markers that introduce
 * its counterpart ("on China", "surpassing South Korea"), plus the function words of the rules
 * (negation, back-references, list elaborations). The marker {@value #SELLER} makes a word a
 * purchase word. Immutable and thread-safe.
 */
public final class RelationTriggerLexicon {

  private static final String DEFAULTS = "*";

  /**
   * The marker of a purchase word ("import", "buy", "customer"): its owner is the buyer and its
   * counterpart the seller, which gets the mirrored ACTIVITY towards the buyer (guideline, annotation
   * convention 3: the exporter always gets ACTIVITY with the destination).
   */
  public static final String SELLER = "seller";

  private record Entry(TriggerKind kind, ImmutableSet<String> ownMarkers) {}

  private final TokenPhraseMatcher<Entry> matcher;
  private final ImmutableMap<TriggerKind, ImmutableSet<String>> defaults;

  private RelationTriggerLexicon(List<DataLine> lines) {
    Map<TriggerKind, Set<String>> defaultMarkers = new EnumMap<>(TriggerKind.class);
    Map<String, TriggerKind> seen = new HashMap<>();
    TokenPhraseMatcher.Builder<Entry> b = TokenPhraseMatcher.builder();
    for (DataLine line : lines) {
      String phrase = line.field(0).toLowerCase(Locale.ROOT);
      TriggerKind kind = line.enumField(1, TriggerKind.class, "kind");
      List<String> markers = line.listField(2);
      for (String m : markers) {
        if (!m.matches("[a-z]+")) {
          throw line.error("counterpart marker '" + m + "' must be one lower-case word");
        }
      }
      if (phrase.equals(DEFAULTS)) {
        if (kind.relationType().isEmpty()) {
          throw line.error("default markers ('*') are for relation types only, not " + kind);
        }
        defaultMarkers.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(markers);
        continue;
      }
      if (phrase.startsWith("*") || phrase.endsWith("*")) {
        throw line.error("phrase '" + phrase + "' must not start or end with '*'");
      }
      if (phrase.startsWith("<")) {
        throw line.error("phrase '" + phrase + "' must not start with a part of speech ("
            + phrase.split(" ")[0] + ")");
      }
      TriggerKind old = seen.putIfAbsent(phrase, kind);
      if (old != null && old != kind) {
        throw line.error("phrase '" + phrase + "' is given as " + old + " and as " + kind);
      }
      b.add(phrase, new Entry(kind, ImmutableSet.copyOf(markers)));
    }
    ImmutableMap.Builder<TriggerKind, ImmutableSet<String>> frozen = ImmutableMap.builder();
    defaultMarkers.forEach((k, v) -> frozen.put(k, ImmutableSet.copyOf(v)));
    this.defaults = frozen.buildOrThrow();
    this.matcher = b.build();
  }

  /** Builds a lexicon from data lines (tests, tools). */
  public static RelationTriggerLexicon fromLines(List<DataLine> lines) {
    checkNotNull(lines, "lines");
    return new RelationTriggerLexicon(lines);
  }

  /** The triggers and function words of a sentence, leftmost-longest, in token order. */
  public ImmutableList<TriggerMention> find(Sentence sentence) {
    checkNotNull(sentence, "sentence");
    ImmutableList.Builder<TriggerMention> out = ImmutableList.builder();
    for (TokenPhraseMatcher.Match<Entry> m : matcher.findAll(sentence)) {
      TriggerKind kind = m.value().kind();
      ImmutableSet<String> markers =
          ImmutableSet.<String>builder().addAll(defaults.getOrDefault(kind, ImmutableSet.of())).addAll(m.value().ownMarkers()).build();
      out.add(new TriggerMention(kind, m.start(), m.end(), markers));
    }
    return out.build();
  }
}
