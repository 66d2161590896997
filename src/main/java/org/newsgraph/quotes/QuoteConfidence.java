package org.newsgraph.quotes;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.AttributionRule;
import org.newsgraph.CueKind;
import org.newsgraph.ModelFile;
import org.newsgraph.QuoteType;
import org.newsgraph.SpeakerKind;
import org.newsgraph.lexicon.DataLine;
import org.newsgraph.lexicon.ModelFiles;

/**
 * The rule-based confidences of {@code models/quote-confidence.tsv}. A quote's confidence is the
 * share of the quotes its rule found that were attributions in a tuning corpus ({@code rule}
 * rows), scaled by how its cue kind and its speaker kind did against all quotes ({@code cue-kind}
 * and {@code speaker-kind} rows divided by the {@code all} row), clamped to [0, 1]. A speaker
 * link's confidence is the value of the resolution step that made it ({@code link} rows: a name
 * the entity layer knows, a pronoun resolved to an earlier name, a description resolved to an
 * antecedent, ...). These are fixed numbers per rule, not probabilities estimated per case.
 * Immutable.
 */
final class QuoteConfidence {

  /** How a speaker mention was linked to its name or entity. */
  enum Link {
    /** A name that the entity layer resolved. */
    NAME_ENTITY,
    /** A name with no entity, its own text or a fuller name from the same text. */
    NAME,
    /** "he", "she", "it", "they" resolved to an earlier name. */
    PRONOUN,
    /** A pronoun with no antecedent in reach: the mention is its own name. */
    PRONOUN_UNRESOLVED,
    /** "the economist" resolved to an earlier speaker with that role. */
    DESCRIPTION_ROLE,
    /** "the mayor", "the company", "the ministry" resolved to an antecedent entity. */
    DESCRIPTION_ANTECEDENT,
    /** An acronym resolved to the name it abbreviates. */
    ACRONYM,
    /** A description with no antecedent: the mention is its own name. */
    DESCRIPTION
  }

  /** The highest confidence a quote gets: no rule is certain. */
  static final double MAX = 0.99;

  private final ImmutableMap<String, Double> values;

  private QuoteConfidence(Map<String, Double> values) {
    this.values = ImmutableMap.copyOf(values);
  }

  /**
   * Reads {@link ModelFile#QUOTE_CONFIDENCE}: feature ({@code all}, {@code rule}, {@code
   * cue-kind}, {@code speaker-kind}, {@code link}), value, confidence in [0, 1]. Every cue kind,
   * speaker kind and link must have a row, and {@code all} must be above 0.
   */
  static QuoteConfidence load(ModelFiles files) {
    checkNotNull(files, "files");
    return fromLines(files.lines(ModelFile.QUOTE_CONFIDENCE));
  }

  /** Reads the lines of {@link ModelFile#QUOTE_CONFIDENCE} (see {@link #load}). */
  static QuoteConfidence fromLines(java.util.List<DataLine> lines) {
    Map<String, Double> values = new HashMap<>();
    DataLine last = null;
    for (DataLine line : lines) {
      String feature = line.field(0);
      if (!(feature.equals("all") || feature.equals("rule") || feature.equals("cue-kind")
          || feature.equals("speaker-kind") || feature.equals("link"))) {
        throw line.error("feature must be all, rule, cue-kind, speaker-kind or link, not '"
            + feature + "'");
      }
      double v;
      try {
        v = Double.parseDouble(line.field(2));
      } catch (NumberFormatException e) {
        throw line.error("confidence must be a number, not '" + line.field(2) + "'");
      }
      if (!(v >= 0 && v <= 1)) {
        throw line.error("confidence must be in [0, 1], not " + v);
      }
      values.put(feature + ":" + line.field(1).toLowerCase(Locale.ROOT), v);
      last = line;
    }
    QuoteConfidence c = new QuoteConfidence(values);
    for (CueKind k : CueKind.values()) {
      c.require(last, "cue-kind:" + k.name().toLowerCase(Locale.ROOT));
    }
    for (SpeakerKind k : SpeakerKind.values()) {
      c.require(last, "speaker-kind:" + k.name().toLowerCase(Locale.ROOT));
    }
    for (Link k : Link.values()) {
      c.require(last, "link:" + k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    c.require(last, "all:all");
    if (c.values.get("all:all") <= 0) {
      throw last.error("the 'all' confidence must be above 0");
    }
    return c;
  }

  private void require(DataLine line, String key) {
    if (!values.containsKey(key)) {
      String msg = "quote confidences lack a row for " + key.replace(':', ' ');
      if (line == null) {
        throw new IllegalStateException(msg);
      }
      throw line.error(msg);
    }
  }

  /**
   * The confidence of a quote of {@code type} found by {@code rule} (row "indirect/subject-cue";
   * a rule with no row takes its type's row, "indirect", then {@code all}) with this cue kind and
   * speaker kind (none: the {@code none} speaker-kind row, if any, else no scaling).
   */
  double quote(QuoteType type, AttributionRule rule, CueKind cue, Optional<SpeakerKind> speaker) {
    checkNotNull(type, "type");
    checkNotNull(rule, "rule");
    double all = values.get("all:all");
    String t = type.name().toLowerCase(Locale.ROOT);
    Double base = values.get("rule:" + t + "/" + rule.id());
    if (base == null) {
      base = values.getOrDefault("rule:" + t, all);
    }
    double c = base * values.get("cue-kind:" + cue.name().toLowerCase(Locale.ROOT)) / all;
    String sk = speaker.map(k -> k.name().toLowerCase(Locale.ROOT)).orElse("none");
    c *= values.getOrDefault("speaker-kind:" + sk, all) / all;
    // no rule is certain: at most the best rule's own share
    return Math.max(0, Math.min(MAX, Math.round(c * 1000) / 1000.0));
  }

  /** The confidence of a speaker link made by step {@code link}. */
  double link(Link link) {
    return values.get("link:" + link.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
