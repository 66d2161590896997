package org.newsgraph.relations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.newsgraph.CharSpan;
import org.newsgraph.Entity;
import org.newsgraph.LocationSubtype;
import org.newsgraph.Mention;
import org.newsgraph.Quote;
import org.newsgraph.Speaker;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.CountryLexicon;
import org.newsgraph.lexicon.RelationTriggerLexicon;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The pattern "we" in a state's voice: inside a quote whose speaker speaks for a country, a
 * first-person plural pronoun ({@link WordSet#FIRST_PLURAL}: "we", "our", "us") refers to that
 * country ("We will double our tea exports", said by Kenya's trade minister). A speaker speaks for
 * a country when the speaker is the country or one of its national bodies, or when the speaker's
 * title (a mention of the speaker with the words right before it, or an appositive right after
 * one: "the Kenyan trade ministry said", "Saudi King Abdullah") holds a
 * role noun of the state ({@link WordSet#STATE_ROLE}: "the French ambassador", "Hong Kong's
 * financial secretary") or a national body's noun (trigger kind {@code BODY}: "a Kenyan ministry
 * official") with a country word a few words before it, or right after it with "of" ("the
 * ambassador of Chile"). A noun of a body that is not the state between them ({@link
 * WordSet#NON_STATE_BODY}: "a Japanese company spokesman") and a preposition ("the ambassador to
 * Qatar": the host) break the link; no country read from the speaker, no reference. Stateless;
 * thread-safe.
 */
final class QuoteVoices {

  /** The most words of a title before a speaker's name or in an appositive after it. */
  private static final int MAX_TITLE_WORDS = 8;
  /** The most words between a country word and the role or body noun it qualifies. */
  private static final int MAX_GAP = 3;
  /** The longest country phrase, in words. */
  private static final int MAX_COUNTRY_WORDS = 3;

  private final CountryLexicon countries;
  private final RelationTriggerLexicon triggers;

  QuoteVoices(CountryLexicon countries, RelationTriggerLexicon triggers) {
    this.countries = checkNotNull(countries, "countries");
    this.triggers = checkNotNull(triggers, "triggers");
  }

  /** The country each quote's speaker speaks for, by quote id (quotes without one are absent). */
  Map<String, String> countriesOf(AnalyzedText text, ResolvedEntities entities, List<Quote> quotes) {
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : entities.entities()) {
      byId.put(e.id(), e);
    }
    Map<String, String> out = new HashMap<>();
    for (Quote q : quotes) {
      q.speaker().flatMap(sp -> speaksFor(text, sp, sp.entityId().map(byId::get)))
          .ifPresent(code -> out.put(q.id(), code));
    }
    return out;
  }

  private Optional<String> speaksFor(AnalyzedText text, Speaker sp, Optional<Entity> entity) {
    Optional<CountryLexicon.Match> itself = countries.lookup(sp.name())
        .filter(m -> m.kind() != CountryLexicon.Kind.CAPITAL && m.kind() != CountryLexicon.Kind.DEMONYM);
    if (itself.isPresent()) {
      return Optional.of(itself.get().code());
    }
    if (entity.isPresent() && entity.get().subtype().equals(Optional.of(LocationSubtype.COUNTRY))) {
      return entity.get().country();
    }
    List<CharSpan> mentions = new ArrayList<>();
    mentions.add(sp.mention());
    entity.ifPresent(e -> e.mentions().stream().map(Mention::span).forEach(mentions::add));
    for (CharSpan m : mentions) {
      Optional<Sentence> s = text.sentenceAt(m.start());
      if (s.isEmpty()) {
        continue;
      }
      Optional<String> code = fromTitles(s.get(), m);
      if (code.isPresent()) {
        return code;
      }
    }
    return Optional.empty();
  }

  /** The country of the title before the mention {@code m} of sentence {@code s}, or after it. */
  private Optional<String> fromTitles(Sentence s, CharSpan m) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.start() >= m.start() && t.end() <= m.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    int from = first;
    while (from > 0 && first - from < MAX_TITLE_WORDS && titleWord(s.token(from - 1))) {
      from--;
    }
    // the mention itself may hold the title: "the Kenyan trade ministry", "Saudi King Abdullah"
    Optional<String> before = countryOfTitle(s, from, last + 1);
    if (before.isPresent() || last + 2 >= s.size() || !s.token(last + 1).text().equals(",")) {
      return before;
    }
    int start = last + 2;
    if (s.token(start).posStartsWith("DT")) {
      start++;
    }
    int to = start;
    while (to < s.size() && to - start < MAX_TITLE_WORDS && titleWord(s.token(to))) {
      to++;
    }
    return countryOfTitle(s, start, to);
  }

  /** A word that may belong to a title: a name, noun, adjective, possessive or preposition. */
  private static boolean titleWord(Token t) {
    String w = t.text();
    return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || t.posStartsWith("NN")
        || t.posStartsWith("JJ") || t.posStartsWith("POS") || t.posStartsWith("IN")
        || t.posStartsWith("TO"));
  }

  /** The country a role or body noun of tokens {@code [from, to)} of {@code s} speaks for. */
  private Optional<String> countryOfTitle(Sentence s, int from, int to) {
    if (from >= to) {
      return Optional.empty();
    }
    List<int[]> heads = new ArrayList<>();
    for (TriggerMention w : triggers.find(s)) {
      if (w.kind() == TriggerKind.BODY && w.start() >= from && w.end() <= to) {
        heads.add(new int[] {w.start(), w.end()});
      }
    }
    for (int i = from; i < to; i++) {
      if (WordSet.STATE_ROLE.contains(CountryReferenceFinder.lower(s, i))) {
        heads.add(new int[] {i, i + 1});
      }
    }
    heads.sort((a, b) -> Integer.compare(a[0], b[0]));
    for (int[] h : heads) {
      Optional<String> code = countryBefore(s, from, h[0]).or(() -> countryAfterOf(s, h[1], to));
      if (code.isPresent()) {
        return code;
      }
    }
    return Optional.empty();
  }

  /** A country word ending at most {@link #MAX_GAP} words before token {@code head}, not past a break. */
  private Optional<String> countryBefore(Sentence s, int from, int head) {
    for (int j = head - 1; j >= from && head - 1 - j <= MAX_GAP; j--) {
      String w = CountryReferenceFinder.lower(s, j);
      if (WordSet.NON_STATE_BODY.contains(w) || s.token(j).posStartsWith("IN")
          || s.token(j).posStartsWith("TO")) {
        return Optional.empty();
      }
      Optional<String> code = countryEndingAt(s, from, j);
      if (code.isPresent()) {
        return code;
      }
    }
    return Optional.empty();
  }

  /** "the ambassador of Chile": a country named right after "of" after the noun. */
  private Optional<String> countryAfterOf(Sentence s, int after, int to) {
    if (after + 1 >= to || !CountryReferenceFinder.lower(s, after).equals("of")) {
      return Optional.empty();
    }
    for (int n = Math.min(MAX_COUNTRY_WORDS, to - after - 1); n >= 1; n--) {
      Optional<String> code = country(s, after + 1, after + 1 + n);
      if (code.isPresent()) {
        return code;
      }
    }
    return Optional.empty();
  }

  /** The country of the longest phrase of one to three words ending at token {@code j}. */
  private Optional<String> countryEndingAt(Sentence s, int from, int j) {
    for (int n = Math.min(MAX_COUNTRY_WORDS, j - from + 1); n >= 1; n--) {
      Optional<String> code = country(s, j - n + 1, j + 1);
      if (code.isPresent()) {
        return code;
      }
    }
    return Optional.empty();
  }

  private Optional<String> country(Sentence s, int start, int end) {
    StringBuilder phrase = new StringBuilder();
    for (int i = start; i < end; i++) {
      phrase.append(i > start ? " " : "").append(s.token(i).text());
    }
    return countries.lookup(phrase.toString())
        .filter(m -> m.kind() != CountryLexicon.Kind.CAPITAL)
        .map(CountryLexicon.Match::code);
  }

  /**
   * {@code refs} (a sentence's references) with one for each first-person plural word of {@code s}
   * that lies in the content of a quote whose speaker speaks for a country ({@code voices}, by quote
   * id), in token order; {@code entityOf} gives a country's entity id, where there is one.
   */
  ImmutableList<CountryRef> addTo(Sentence s, List<CountryRef> refs,
      NavigableMap<Integer, Quote> quotes, Map<String, String> voices,
      Map<String, String> entityOf) {
    if (voices.isEmpty()) {
      return ImmutableList.copyOf(refs);
    }
    List<CountryRef> out = new ArrayList<>(refs);
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (!WordSet.FIRST_PLURAL.contains(CountryReferenceFinder.lower(s, i))
          || t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
        continue;
      }
      int at = t.start();
      Optional<String> code = Optional.ofNullable(quotes.floorEntry(at))
          .map(Map.Entry::getValue)
          .filter(q -> q.content().end() > at)
          .map(q -> voices.get(q.id()));
      int index = i;
      if (code.isPresent() && out.stream().noneMatch(r -> r.covers(index))) {
        out.add(new CountryRef(s.index(), i, i + 1, ImmutableList.of(code.get()),
            Optional.ofNullable(entityOf.get(code.get())), true, false));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return ImmutableList.copyOf(out);
  }
}
