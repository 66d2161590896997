package org.newsgraph.relations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.lexicon.CountryLexicon;
import org.newsgraph.text.Sentence;

/**
 * Finds pairs of countries joined by a hyphen or slash into one word: "U.S.-Japan", "Sino-US",
 * "Afghan-Iranian", "Canada/U.S." (one token, or the tokenizer's pieces written without spaces).
 * Such a word names a bilateral relation ("the U.S.-Japan pact"), so it refers to both countries,
 * even inside a name the entity layer took as one organisation ("the Sino-US Trade Agreement").
 * Each part is a name, alias or demonym of the country lexicon, or a combining form ("Sino-").
 * A part that names a region ("the India-Africa summit", "Japan-Europe talks") is no party
 * (annotation convention 1): the word then refers to its one country. Stateless; thread-safe.
 */
final class HyphenatedCountries {

  private final CountryLexicon countries;
  /** Whether a word names a region across countries ("Africa", "Europe"). */
  private final Predicate<String> region;

  HyphenatedCountries(CountryLexicon countries) {
    this(countries, w -> false);
  }

  HyphenatedCountries(CountryLexicon countries, Predicate<String> region) {
    this.countries = checkNotNull(countries, "countries");
    this.region = checkNotNull(region, "region");
  }

  /** The pairs of {@code s}, each one reference with the codes of its parts in text order. */
  ImmutableList<CountryRef> find(Sentence s) {
    List<CountryRef> out = new ArrayList<>(1);
    int i = 0;
    while (i < s.size()) {
      int end = i + 1;
      while (end < s.size() && s.token(end - 1).end() == s.token(end).start()) {
        end++; // pieces of one written word: "U.S." "-" "Japan"
      }
      Optional<List<String>> codes = end - i == 1 && !joined(s.token(i).text())
          ? Optional.empty() : codesOf(s, i, end);
      if (codes.isPresent()) {
        out.add(new CountryRef(s.index(), i, end, ImmutableList.copyOf(codes.get()), Optional.empty(),
            false, false));
      }
      i = end;
    }
    return ImmutableList.copyOf(out);
  }

  private static boolean joined(String w) {
    return w.indexOf('-') > 0 || w.indexOf('/') > 0;
  }

  /**
   * The codes of a written word's parts when there are two or more countries and nothing else, or
   * one country and regions ("India-Africa"); not for a word that is itself a region
   * ("Indo-Pacific").
   */
  private Optional<List<String>> codesOf(Sentence s, int from, int to) {
    StringBuilder word = new StringBuilder();
    for (int k = from; k < to; k++) {
      word.append(s.token(k).text());
    }
    String w = word.toString();
    if (region.test(w)) {
      return Optional.empty();
    }
    Set<String> codes = new LinkedHashSet<>();
    boolean regions = false;
    int start = 0;
    while (start < w.length()) {
      int cut = nextCut(w, start);
      String part = w.substring(start, cut);
      Optional<String> code = codeOfPart(part, w.substring(start));
      if (code.isPresent()) {
        codes.add(code.get());
      } else if (!part.isEmpty() && region.test(part)) {
        regions = true;
      } else {
        return Optional.empty();
      }
      start = cut + 1;
    }
    return codes.size() >= 2 || (codes.size() == 1 && regions)
        ? Optional.of(new ArrayList<>(codes)) : Optional.empty();
  }

  /** The index of the next '-' or '/' at or after {@code from}, or the word's length. */
  private static int nextCut(String w, int from) {
    for (int k = from; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c == '-' || c == '/') {
        return k;
      }
    }
    return w.length();
  }

  private Optional<String> codeOfPart(String part, String rest) {
    if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
      return Optional.empty();
    }
    Optional<CountryLexicon.Match> m = countries.lookup(part);
    if (m.isPresent() && m.get().kind() != CountryLexicon.Kind.CAPITAL
        && m.get().kind() != CountryLexicon.Kind.BODY) {
      return Optional.of(m.get().code());
    }
    return rest.length() > part.length()
        ? countries.prefixDemonym(rest).map(CountryLexicon.Match::code) : Optional.empty();
  }
}
