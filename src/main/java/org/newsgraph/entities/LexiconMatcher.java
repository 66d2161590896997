package org.newsgraph.entities;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.newsgraph.LocationSubtype;
import org.newsgraph.lexicon.CountryLexicon;
import org.newsgraph.lexicon.LexiconKeys;
import org.newsgraph.lexicon.OrganizationLexicon;
import org.newsgraph.lexicon.PlaceGazetteer;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Finds the longest lexicon phrases of a sentence, left to right: countries (names, aliases,
 * demonyms, capitals, national bodies), organisations and places. A phrase starts at a token that
 * begins with a capital letter; the look-ahead is bounded by the longest lexicon phrase, so the
 * scan is linear in the sentence length. Thread-safe.
 */
final class LexiconMatcher {

  /** Longest look-ahead in tokens (a word of a phrase may be several tokens: "Co-operation"). */
  private final int maxTokens;

  private final CountryLexicon countries;
  private final OrganizationLexicon organizations;
  private final PlaceGazetteer places;

  LexiconMatcher(CountryLexicon countries, OrganizationLexicon organizations, PlaceGazetteer places) {
    this.countries = countries;
    this.organizations = organizations;
    this.places = places;
    int words =
        Math.max(
            countries.maxPhraseWords(),
            Math.max(organizations.maxPhraseWords(), places.maxPhraseWords()));
    this.maxTokens = 2 * words + 1;
  }

  ImmutableList<LexiconHit> find(AnalyzedText text, Sentence s) {
    ImmutableList.Builder<LexiconHit> out = ImmutableList.builder();
    int n = s.size();
    int i = 0;
    while (i < n) {
      Token first = s.token(i);
      if (!startsUpper(first.text()) || first.text().equalsIgnoreCase("the")) {
        i++;
        continue;
      }
      Optional<LexiconHit> best = Optional.empty();
      for (int to = Math.min(n, i + maxTokens); to > i && best.isEmpty(); to--) {
        if (!endsWord(s.token(to - 1).text())) {
          continue;
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
              from, to, LexiconHit.Source.ORGANIZATION, o.get().name(), o.get().country(),
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
