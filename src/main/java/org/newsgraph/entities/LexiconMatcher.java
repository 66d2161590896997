package org.newsgraph.entities;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.newsgraph.LocationSubtype;
import org.newsgraph.lexicon.CountryLexicon;
import org.newsgraph.lexicon.KeyWindow;
import org.newsgraph.lexicon.LexiconKeys;
import org.newsgraph.lexicon.OrganizationLexicon;
import org.newsgraph.lexicon.PhraseFilter;
import org.newsgraph.lexicon.PhraseKey;
import org.newsgraph.lexicon.PlaceGazetteer;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Finds the longest lexicon phrases of a sentence, left to right: countries (names, aliases,
 * demonyms, capitals, national bodies), organisations and places. A phrase starts at a token that
 * begins with a capital letter; the look-ahead is bounded by the longest lexicon phrase, so the
 * scan is linear in the sentence length. The look-ahead window is normalised once per start token
 * ({@link KeyWindow}) and every phrase is first tested on hash codes against a {@link PhraseFilter}
 * of the three lexicons; only phrases that pass are cut out and looked up, so a capitalised word
 * that starts no lexicon phrase costs a few hash probes. Thread-safe.
 */
final class LexiconMatcher {

  /** Longest look-ahead in tokens (a word of a phrase may be several tokens: "Co-operation"). */
  private final int maxTokens;

  private final CountryLexicon countries;
  private final OrganizationLexicon organizations;
  private final PlaceGazetteer places;
  /** All three lexicons' phrases: skips the look-ups that cannot find anything. */
  private final PhraseFilter filter;

  /** Whether look-ups are tested against {@link #filter} first (off only to test the filter). */
  private final boolean filtering;

  LexiconMatcher(CountryLexicon countries, OrganizationLexicon organizations, PlaceGazetteer places) {
    this(countries, organizations, places, true);
  }

  LexiconMatcher(
      CountryLexicon countries,
      OrganizationLexicon organizations,
      PlaceGazetteer places,
      boolean filtering) {
    this.filtering = filtering;
    this.countries = countries;
    this.organizations = organizations;
    this.places = places;
    int words =
        Math.max(
            countries.maxPhraseWords(),
            Math.max(organizations.maxPhraseWords(), places.maxPhraseWords()));
    this.maxTokens = 2 * words + 1;
    this.filter =
        PhraseFilter.union(countries.phrases(), organizations.phrases(), places.phrases());
  }

  ImmutableList<LexiconHit> find(AnalyzedText text, Sentence s) {
    ImmutableList.Builder<LexiconHit> out = ImmutableList.builder();
    KeyWindow window = new KeyWindow();
    int[] keyLength = new int[maxTokens];
    int n = s.size();
    int i = 0;
    while (i < n) {
      Token first = s.token(i);
      if (!startsUpper(first.text()) || first.text().equalsIgnoreCase("the")) {
        i++;
        continue;
      }
      int limit = Math.min(n, i + maxTokens);
      // Normalise up to the first space only: most start tokens begin no phrase of several words.
      window.clear();
      int done = normalize(text.text(), s, i, i, limit, true, window, keyLength);
      boolean filtered = filtering && done >= 0 && !window.startsWithThe();
      int scanTo = limit;
      if (filtered && window.hasSpace()) {
        if (filter.mayStartPhrase(window)) {
          filtered = normalize(text.text(), s, i, done, limit, false, window, keyLength) >= 0;
        } else {
          scanTo = done - 1; // the phrases that end before the first space
        }
      }
      Optional<LexiconHit> best = Optional.empty();
      for (int to = scanTo; to > i && best.isEmpty(); to--) {
        if (!endsWord(s.token(to - 1).text())) {
          continue;
        }
        if (filtered) {
          // The phrase's key is a prefix of the window: skip what no lexicon can have.
          int len = keyLength[to - 1 - i];
          if (!filter.mayHold(window, len) || !filter.mayHold(PhraseKey.ofExact(window.key(len)))) {
            continue;
          }
        }
        String phrase = text.text().substring(first.start(), s.token(to - 1).end());
        best = lookup(phrase, i, to);
      }
      if (best.isEmpty() && i + 2 < n) {
        best = prefixDemonym(s, i);
      }
      if (best.isPresent()) {
        out.add(best.get());
        i = best.get().to();
      } else {
        i++;
      }
    }
    return out.build();
  }

  /**
   * Appends tokens {@code [next, limit)} of the phrases starting at token {@code from} to {@code
   * window} (normalised once), noting in {@code keyLength} the length of the key of each phrase
   * {@code [from, to)}: the phrase's {@link LexiconKeys#exact} key is that prefix of the window
   * unless the window starts with a "the" that {@code exact} drops (the caller checks). With {@code
   * toSpace}, stops after the token that brings the window's first space. Returns the token after
   * the last one appended, or -1 where the keys are not prefixes: token ends that go backwards.
   */
  private static int normalize(
      String text, Sentence s, int from, int next, int limit, boolean toSpace, KeyWindow window,
      int[] keyLength) {
    int pos = next == from ? s.token(from).start() : s.token(next - 1).end();
    for (int k = next; k < limit; k++) {
      int end = s.token(k).end();
      if (end < pos) {
        return -1;
      }
      window.append(text, pos, end);
      pos = end;
      keyLength[k - from] = window.length();
      if (toSpace && window.hasSpace()) {
        return k + 1;
      }
    }
    return limit;
  }

  private Optional<LexiconHit> lookup(String phrase, int from, int to) {
    Optional<CountryLexicon.Match> c = countries.lookup(phrase);
    if (c.isPresent()) {
      CountryLexicon.Match m = c.get();
      boolean isName = LexiconKeys.folded(phrase).equals(LexiconKeys.folded(m.canonical()));
      LexiconHit.Source source =
          switch (m.kind()) {
            case NAME, ALIAS -> LexiconHit.Source.COUNTRY;
            case DEMONYM -> LexiconHit.Source.DEMONYM;
            case CAPITAL -> LexiconHit.Source.CAPITAL;
            case BODY -> LexiconHit.Source.BODY;
          };
      Optional<LocationSubtype> sub =
          source == LexiconHit.Source.COUNTRY || source == LexiconHit.Source.DEMONYM
              ? Optional.of(LocationSubtype.COUNTRY)
              : source == LexiconHit.Source.CAPITAL
                  ? Optional.of(LocationSubtype.CITY)
                  : Optional.empty();
      return Optional.of(
          new LexiconHit(from, to, source, m.canonical(), Optional.of(m.code()), sub, isName));
    }
    Optional<OrganizationLexicon.Organization> o = organizations.lookup(phrase);
    if (o.isPresent()) {
      boolean isName = LexiconKeys.folded(phrase).equals(LexiconKeys.folded(o.get().name()));
      return Optional.of(
          new LexiconHit(
              from, to,
              o.get().kind() == OrganizationLexicon.Kind.PLATFORM
                  ? LexiconHit.Source.PLATFORM
                  : LexiconHit.Source.ORGANIZATION,
              o.get().name(), o.get().country(),
              Optional.empty(), isName));
    }
    Optional<PlaceGazetteer.Place> p = places.lookup(phrase);
    if (p.isPresent()) {
      boolean isName = LexiconKeys.folded(phrase).equals(LexiconKeys.folded(p.get().name()));
      return Optional.of(
          new LexiconHit(
              from, to, LexiconHit.Source.PLACE, p.get().name(), p.get().country(),
              Optional.of(p.get().subtype()), isName));
    }
    return Optional.empty();
  }

  /** "Sino" directly followed by a hyphen ("Sino-US"): a combining form of a country. */
  private Optional<LexiconHit> prefixDemonym(Sentence s, int i) {
    Token t = s.token(i);
    Token hyphen = s.token(i + 1);
    if (!hyphen.text().equals("-") || hyphen.start() != t.end()) {
      return Optional.empty();
    }
    return countries
        .prefixDemonym(t.text() + "-x")
        .map(
            m ->
                new LexiconHit(
                    i, i + 1, LexiconHit.Source.DEMONYM,
                    countries.name(m.code()).orElse(m.code()), Optional.of(m.code()),
                    Optional.of(LocationSubtype.COUNTRY), false));
  }

  private static boolean startsUpper(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
  }

  private static boolean endsWord(String s) {
    return !s.isEmpty() && Character.isLetterOrDigit(s.codePointBefore(s.length()))
        || s.endsWith(".");
  }
}
