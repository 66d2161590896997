package org.newsgraph.entities;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.newsgraph.LocationSubtype;
import org.newsgraph.lexicon.CountryLexicon;
import org.newsgraph.lexicon.LexiconKeys;
import org.newsgraph.lexicon.OrganizationLexicon;
import org.newsgraph.lexicon.PhraseFilter;
import org.newsgraph.lexicon.PlaceGazetteer;
import org.newsgraph.lexicon.TokenPhraseMatcher;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Finds the longest lexicon phrases of a sentence, left to right: countries (names, aliases,
 * demonyms, capitals, national bodies), organisations and places. A phrase starts at a token that
 * begins with a capital letter; the look-ahead is bounded by the longest lexicon phrase, so the
 * scan is linear in the sentence length. The scan and the windows are the one matcher's ({@link
 * TokenPhraseMatcher#longestWindow}), with a {@link PhraseFilter} of the three lexicons, so a
 * capitalised word that starts no lexicon phrase costs a few hash probes. Thread-safe.
 */
final class LexiconMatcher {

  /** Longest look-ahead in tokens (a word of a phrase may be several tokens: "Co-operation"). */
  private final int maxTokens;

  private final CountryLexicon countries;
  private final OrganizationLexicon organizations;
  private final PlaceGazetteer places;
  /**
   * All three lexicons' phrases: skips the look-ups that cannot find anything; {@code null} when
   * not filtering (only to test the filter).
   */
  private final PhraseFilter filter;

  LexiconMatcher(CountryLexicon countries, OrganizationLexicon organizations, PlaceGazetteer places) {
    this(countries, organizations, places, true);
  }

  LexiconMatcher(CountryLexicon countries, OrganizationLexicon organizations, PlaceGazetteer places,
      boolean filtering) {
    this.countries = countries;
    this.organizations = organizations;
    this.places = places;
    this.maxTokens = 2 * Math.max(countries.maxPhraseWords(),
        Math.max(organizations.maxPhraseWords(), places.maxPhraseWords())) + 1;
    this.filter = filtering
        ? PhraseFilter.union(countries.phrases(), organizations.phrases(), places.phrases())
        : null;
  }

  ImmutableList<LexiconHit> find(AnalyzedText text, Sentence s) {
    int n = s.size();
    ImmutableList.Builder<LexiconHit> out = ImmutableList.builder();
    for (TokenPhraseMatcher.Match<LexiconHit> m : TokenPhraseMatcher.leftmostLongest(n, i -> {
      Token first = s.token(i);
      if (!startsUpper(first.text()) || first.text().equalsIgnoreCase("the")) {
        return null;
      }
      TokenPhraseMatcher.Match<LexiconHit> best = TokenPhraseMatcher.longestWindow(
          text, s, i, maxTokens, filter,
          (phrase, from, to) -> endsWord(s.token(to - 1).text())
              ? lookup(phrase, from, to).orElse(null) : null);
      if (best == null && i + 2 < n) {
        best = prefixDemonym(s, i).map(h -> new TokenPhraseMatcher.Match<>(i, h.to(), h))
            .orElse(null);
      }
      return best;
    })) {
      out.add(m.value());
    }
    return out.build();
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
