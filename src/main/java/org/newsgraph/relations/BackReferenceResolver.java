package org.newsgraph.relations;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.EntityType;
import org.newsgraph.entities.EntityMention;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.RegionMembers;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;

/**
 * Resolves back-references to countries ("its", "the country", "their", "the two countries", "its
 * neighbour") against the country references seen so far in the document. One instance per
 * document, fed sentence by sentence in text order; not thread-safe.
 *
 * <p>"They"/"their" look only within their own sentence ("South Korean companies ..., allowing them
 * to expand their factories"). "It"/"its"/"the country" take the nearest earlier single country in
 * the paragraph (or the two paragraphs before), skipping a country that is an argument of the same
 * predicate ("it is surpassing South Korea": it is not South Korea) and a country that an earlier
 * sentence lists with others ("help from India, China and Japan. The government ..."), and stopping
 * at an organisation of another (or no) country named in between ("Hyundai said it...") or, for a
 * country of an earlier sentence, before the pronoun in its own sentence ("The bus association said
 * half of its buses ..."). "The two countries" takes the last two distinct countries ("the three
 * nations" the last three). "Its neighbour" takes the most talked-about country other than the
 * relation's own.
 */
final class BackReferenceResolver {

  private static final int PARAGRAPHS_BACK = 2;

  private final ResolvedEntities entities;
  /** The countries of a region adjective: "the Asian nation" takes the nearest Asian country. */
  private final RegionMembers regions;
  private final List<CountryRef> history = new ArrayList<>();
  private final List<Integer> paragraphOf = new ArrayList<>();
  private final Map<String, Integer> counts = new HashMap<>();
  /** References that are one member of a list of countries ("help from India, China and Japan"). */
  private final Set<CountryRef> listMembers = new HashSet<>();

  BackReferenceResolver(ResolvedEntities entities, RegionMembers regions) {
    this.entities = entities;
    this.regions = regions;
  }

  /** Records references of a sentence (direct or resolved) as antecedents for later ones. */
  void remember(Sentence s, List<CountryRef> refs) {
    for (int k = 1; k < refs.size(); k++) {
      CountryRef a = refs.get(k - 1);
      CountryRef b = refs.get(k);
      if (!a.other() && !b.other() && !a.codes().equals(b.codes()) && listed(s, a, b)) {
        listMembers.add(a);
        listMembers.add(b);
      }
    }
    for (CountryRef r : refs) {
      if (r.other()) {
        continue;
      }
      history.add(r);
      paragraphOf.add(s.paragraph());
      for (String c : r.codes()) {
        counts.merge(c, 1, Integer::sum);
      }
    }
  }

  /**
   * Resolves the back-reference {@code b} of sentence {@code s}; {@code sameSentence} are the
   * references of {@code s} before it (already resolved), {@code coArguments} the codes that cannot
   * be its referent.
   */
  Optional<CountryRef> resolve(
      Sentence s, TriggerMention b, List<CountryRef> sameSentence, Set<String> coArguments) {
    // Walk back only as far as the paragraphs in reach, so a long document stays linear.
    int from = history.size();
    while (from > 0 && paragraphOf.get(from - 1) >= s.paragraph() - PARAGRAPHS_BACK) {
      from--;
    }
    List<CountryRef> before = new ArrayList<>(history.subList(from, history.size()));
    for (CountryRef r : sameSentence) {
      if (r.end() <= b.start() && !r.other()) {
        before.add(r);
      }
    }
    switch (b.kind()) {
      case BACKREF:
        return nearest(s, b, before, coArguments);
      case BACKREF_GROUP:
        // "they", "their" name people and things far more often than countries: same sentence only.
        List<CountryRef> same = sameSentence.stream().filter(r -> r.end() <= b.start() && !r.other()).toList();
        return nearest(s, b, same, coArguments).map(r -> withListBefore(s, r, same));
      case BACKREF_PAIR:
        return lastTwo(s, b, before);
      case BACKREF_OTHER:
        return mostTalkedAbout(s, b, before);
      default:
        return Optional.empty();
    }
  }

  private Optional<CountryRef> nearest(
      Sentence s, TriggerMention b, List<CountryRef> before, Set<String> coArguments) {
    boolean pronoun = b.end() - b.start() == 1;
    Optional<ImmutableSet<String>> region = regionOf(s, b);
    for (int k = before.size() - 1; k >= 0; k--) {
      CountryRef r = before.get(k);
      if (r.codes().size() != 1 && b.kind() == TriggerKind.BACKREF) {
        continue;
      }
      if (region.isPresent() && !region.get().containsAll(r.codes())) {
        continue; // "the European country": not the Asian one named last
      }
      if (coArguments.containsAll(r.codes())) {
        continue;
      }
      if (b.kind() == TriggerKind.BACKREF && r.sentence() < s.index() && listMembers.contains(r)) {
        continue; // "help from India, China and Japan. The government ...": one of a list is no antecedent
      }
      if (bareIt(s, b) && (r.sentence() < s.index() - 1 || itIsAdjective(s, b) || whereBetween(s, r, b))) {
        return Optional.empty();
      }
      if (pronoun && organisationBetween(s, r, b)) {
        return Optional.empty();
      }
      return Optional.of(
          new CountryRef(s.index(), b.start(), b.end(), r.codes(), r.entityId(), true, false));
    }
    return Optional.empty();
  }

  /**
   * {@code resolved} ("their" resolved to the country named last) with the codes of the countries
   * listed up to that one ("Peru, Chile and Bolivia ... their common currency"): a plural pronoun
   * stands for the whole list.
   */
  private static CountryRef withListBefore(Sentence s, CountryRef resolved, List<CountryRef> same) {
    int k = same.size() - 1;
    while (k >= 0 && !same.get(k).codes().equals(resolved.codes())) {
      k--;
    }
    if (k <= 0) {
      return resolved;
    }
    LinkedHashSet<String> codes = new LinkedHashSet<>(resolved.codes());
    for (int j = k; j > 0 && listed(s, same.get(j - 1), same.get(j)); j--) {
      codes.addAll(same.get(j - 1).codes());
    }
    if (codes.size() == resolved.codes().size()) {
      return resolved;
    }
    return new CountryRef(resolved.sentence(), resolved.start(), resolved.end(),
        ImmutableList.copyOf(codes), Optional.empty(), true, false);
  }

  /** Whether only a comma or "and" stands between {@code a} and {@code b}. */
  private static boolean listed(Sentence s, CountryRef a, CountryRef b) {
    if (b.start() - a.end() < 1 || b.start() - a.end() > 2) {
      return false;
    }
    for (int i = a.end(); i < b.start(); i++) {
      String w = s.token(i).text();
      if (!(w.equals(",") || w.equalsIgnoreCase("and"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "It is useful on our farms", "it is important to ...": a bare "it" right before a copula and an
   * adjective of the set {@code it-is-adjective} names a thing or nothing, never a country.
   */
  private static boolean itIsAdjective(Sentence s, TriggerMention b) {
    int at = b.end();
    if (at + 1 >= s.size() || !s.token(at).lemma().equals("be")) {
      return false;
    }
    return WordSet.IT_IS_ADJECTIVE.contains(CountryReferenceFinder.lower(s, at + 1));
  }

  /**
   * "sold in Chile, where growers spread it on fields", "in Kenya, where it feeds goats": a "where" between
   * a country and a bare "it" opens a clause about the country as a place, so the "it" inside names
   * a thing, not that country (nor one named before it).
   */
  private static boolean whereBetween(Sentence s, CountryRef r, TriggerMention b) {
    if (r.sentence() != s.index()) {
      return false;
    }
    for (int i = r.end(); i < b.start(); i++) {
      if (CountryReferenceFinder.lower(s, i).equals("where")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code b} is the bare pronoun "it" (not "its"). */
  private static boolean bareIt(Sentence s, TriggerMention b) {
    return b.end() - b.start() == 1 && s.token(b.start()).text().equalsIgnoreCase("it");
  }

  /** The countries of the region adjective inside "the European country", if it holds one. */
  private Optional<ImmutableSet<String>> regionOf(Sentence s, TriggerMention b) {
    if (b.end() - b.start() < 3) {
      return Optional.empty();
    }
    StringBuilder adjective = new StringBuilder();
    for (int i = b.start() + 1; i < b.end() - 1; i++) {
      adjective.append(adjective.length() == 0 ? "" : " ").append(s.token(i).text());
    }
    return regions.members(adjective.toString());
  }

  /**
   * Whether an organisation of another (or no) country is named between the candidate and the pronoun,
   * or, for a candidate of an earlier sentence, before the pronoun in its own sentence ("The bus
   * association said half of its buses ...").
   */
  private boolean organisationBetween(Sentence s, CountryRef r, TriggerMention b) {
    int from = r.sentence() == s.index() ? s.token(r.end() - 1).end() : s.token(0).start();
    int to = s.token(b.start()).start();
    if (to <= from) {
      return false;
    }
    for (EntityMention em : entities.mentionsWithin(from, to)) {
      if (em.entity().type() == EntityType.ORGANIZATION
          && !em.entity().country().map(c -> r.codes().contains(c)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** Number words of a group back-reference ("the three countries") and how many countries they count. */
  private static final Map<String, Integer> GROUP_SIZE = Map.of("two", 2, "both", 2, "three", 3,
      "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
  /** The largest group a numeral may count ("the 12 nations"); a larger number is no group. */
  private static final int MAX_GROUP = 20;

  /**
   * "The two countries", "the three nations": the last two (three, ...) distinct countries named,
   * as many as the phrase's number word says (two where it says none); nothing when fewer were named.
   */
  private Optional<CountryRef> lastTwo(Sentence s, TriggerMention b, List<CountryRef> before) {
    int size = 2;
    for (int i = b.start(); i < b.end(); i++) {
      size = groupSize(s.token(i).text(), size);
    }
    Set<String> codes = new LinkedHashSet<>();
    for (int k = before.size() - 1; k >= 0 && codes.size() < size; k--) {
      for (String c : before.get(k).codes()) {
        if (codes.size() < size) {
          codes.add(c);
        }
      }
    }
    if (codes.size() < size) {
      return Optional.empty();
    }
    return Optional.of(new CountryRef(
        s.index(), b.start(), b.end(), ImmutableList.copyOf(codes), Optional.empty(), true, false));
  }

  /**
   * How many countries a word of a group back-reference counts: a number word ("three") or a
   * numeral up to {@link #MAX_GROUP} ("the 4 nations"); {@code otherwise} for any other word, so an
   * embedder's {@code BACKREF_PAIR} line counts what its number word says.
   */
  static int groupSize(String word, int otherwise) {
    Integer named = GROUP_SIZE.get(word.toLowerCase(Locale.ROOT));
    if (named != null) {
      return named;
    }
    if (!word.isEmpty() && word.length() <= 2 && word.chars().allMatch(Character::isDigit)) {
      int n = Integer.parseInt(word);
      return n >= 2 && n <= MAX_GROUP ? n : otherwise;
    }
    return otherwise;
  }

  private Optional<CountryRef> mostTalkedAbout(Sentence s, TriggerMention b, List<CountryRef> before) {
    Map<String, Integer> local = new HashMap<>(counts);
    for (CountryRef r : before) {
      if (r.sentence() == s.index()) {
        r.codes().forEach(c -> local.merge(c, 1, Integer::sum));
      }
    }
    if (local.isEmpty()) {
      return Optional.empty();
    }
    List<String> ranked = new ArrayList<>(local.keySet());
    ranked.sort((x, y) -> local.get(y) - local.get(x) != 0 ? local.get(y) - local.get(x) : x.compareTo(y));
    return Optional.of(new CountryRef(
        s.index(), b.start(), b.end(), ImmutableList.copyOf(ranked), Optional.empty(), true, true));
  }
}
