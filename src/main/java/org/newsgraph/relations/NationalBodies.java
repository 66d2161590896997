package org.newsgraph.relations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.lexicon.CountryLexicon;
import org.newsgraph.text.Sentence;

/**
 * National bodies named after their country that the country file does not list: a capitalised
 * name that starts with a country's name or demonym and ends in a body noun of the trigger file
 * (kind {@code BODY}: ministry, authority, board, institute, ...), such as "the Kenyan Tea Board" or
 * "the Chile Copper Commission", is a mention of that country (guideline: a national body whose
 * country is plain); so is one whose body noun "of" a country's name ends it ("the Central Bank of
 * Nigeria", "the National Bank of Hungary"; not "the Bureau of the Chile Chamber"). The name's other words are no sector claim (annotation convention 9): the
 * sector rules already skip title-case terms. Stateless; thread-safe.
 */
final class NationalBodies {

  /** The longest country phrase at the start of a body's name, in words. */
  private static final int MAX_COUNTRY_WORDS = 3;

  private final CountryLexicon countries;

  NationalBodies(CountryLexicon countries) {
    this.countries = checkNotNull(countries, "countries");
  }

  /**
   * {@code refs} (a sentence's direct references) with a reference added for each body name that no
   * reference covers yet, in token order.
   */
  ImmutableList<CountryRef> addTo(Sentence s, List<CountryRef> refs, List<TriggerMention> words) {
    List<CountryRef> out = new ArrayList<>(refs);
    for (TriggerMention w : words) {
      if (w.kind() != TriggerKind.BODY || !capitalised(s, w.start())) {
        continue;
      }
      int start = w.start();
      while (start > 0 && capitalised(s, start - 1)) {
        start--;
      }
      Optional<Named> named = countryAt(s, start, w.start(), false).map(n -> new Named(n.code(), w.end()));
      if (named.isEmpty() && w.end() + 1 < s.size() && s.token(w.end()).text().equals("of")
          && capitalised(s, w.end() + 1)) {
        // "the National Bank of Hungary", "the Central Bank of Nigeria": the country ends the name
        named = countryAt(s, w.end() + 1, Math.min(s.size(), w.end() + 1 + MAX_COUNTRY_WORDS), true)
            .filter(n -> n.end() >= s.size() || !capitalised(s, n.end()));
      }
      int from = start;
      if (named.isPresent()) {
        int end = named.get().end();
        if (out.stream().noneMatch(r -> r.start() < end && from < r.end())) {
          out.add(CountryRef.direct(s.index(), start, end, named.get().code(), Optional.empty()));
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return ImmutableList.copyOf(out);
  }

  /** A country's code and the token after the words naming it. */
  private record Named(String code, int end) {}

  /**
   * The country named by the first one to three words of {@code [start, limit)}, the shortest such
   * phrase, or with {@code whole} the longest (after "of", where the name ends).
   */
  private Optional<Named> countryAt(Sentence s, int start, int limit, boolean whole) {
    Optional<Named> found = Optional.empty();
    StringBuilder phrase = new StringBuilder();
    for (int n = 1; n <= MAX_COUNTRY_WORDS && start + n - 1 < limit; n++) {
      if (n > 1) {
        phrase.append(' ');
      }
      phrase.append(s.token(start + n - 1).text());
      Optional<CountryLexicon.Match> m = countries.lookup(phrase.toString());
      if (m.isPresent() && m.get().kind() != CountryLexicon.Kind.CAPITAL
          && (!whole || m.get().kind() == CountryLexicon.Kind.NAME || m.get().kind() == CountryLexicon.Kind.ALIAS)) {
        found = Optional.of(new Named(m.get().code(), start + n));
        if (!whole) {
          return found;
        }
      }
    }
    return found;
  }

  private static boolean capitalised(Sentence s, int i) {
    String w = s.token(i).text();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }
}
