package org.newsgraph.relations;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.RelationType;
import org.newsgraph.lexicon.RelationTriggerLexicon;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The token rules, for a sentence left unparsed (see {@link RelationExtractor#wantsParse}): the
 * nearest country before the sector (else after it) owns it, with the countries coordinated with it
 * ("Japan and India agreed"); a country after a preposition away from the sector is only where
 * something happened. The nearest trigger within a short window gives the type, a stance word
 * winning over an activity word ("banned exports of nickel"). A country right after one of the
 * trigger's counterpart markers is the counterpart; when the owner sits between a stance trigger
 * and the sector, as its object ("blacklisted Chinese chip firms"), the country before the trigger
 * owns the relation and that one is the counterpart. A negation just before the trigger or the
 * sector gives nothing. Stateless.
 */
final class LinearRules {

  private static final int WINDOW = 8;

  /** How far (tokens) after a trigger verb its counterpart may stand, past the verb's object. */
  private static final int OBJECT_REACH = 6;

  /** How much further a host country may stand after a place in it ("in Tianjin city in northern China"). */
  private static final int PLACE_REACH = 4;

  private LinearRules() {}

  static List<Finding> find(
      Sentence s, List<CountryRef> refs, List<TriggerMention> words, SectorMention m) {
    int ownerAt = -1;
    boolean place = false;
    boolean destination = false;
    for (int k = 0; k < refs.size(); k++) {
      CountryRef r = refs.get(k);
      // "to Germany and France": a country joined to a destination is one too
      destination = destination(s, r) || (destination && joined(s, refs.get(k - 1), r, true));
      // "in Canada and Japan": a country joined to a place is a place too; but a list after the
      // sector ("output rose in Peru, Chile and Bolivia") states where the sector is, for each member
      boolean listAfter = r.start() >= m.end() && k + 1 < refs.size() && joined(s, r, refs.get(k + 1), true);
      place = destination || (placeOnly(s, words, r, m) && !listAfter)
          || (place && joined(s, refs.get(k - 1), r, true)
          && !(r.end() < s.size() && s.token(r.end()).pos().equals("POS")) && r.end() <= m.start());
      if (place || closedAside(s, r, m) || restrictionTarget(s, words, r) || recipient(s, words, r, m)) {
        continue;
      }
      if (r.end() <= m.start()) {
        ownerAt = k;
      } else if (ownerAt < 0 && r.start() >= m.end() && !inLaterRelativeClause(s, refs, m, r)) {
        ownerAt = k;
        break;
      }
    }
    if (ownerAt < 0) {
      return List.of();
    }
    TriggerMention trigger = nearestTrigger(words, m);
    for (TriggerMention w : words) {
      if (w.kind() == TriggerKind.NEGATION) {
        int target = trigger != null ? trigger.start() : m.start();
        if (w.start() < target && target - w.start() <= 3) {
          return List.of();
        }
        // a negating verb ("refrained from") governs what follows it: reach from its last word
        int near = trigger != null ? Math.min(trigger.start(), m.start()) : m.start();
        if (w.end() - w.start() > 1 && w.end() <= near && near - (w.end() - 1) <= 3) {
          return List.of();
        }
      }
    }
    List<CountryRef> owners = refs.get(ownerAt).start() >= m.end()
        ? coordinatedAfter(s, refs, ownerAt) // "cocoa from producers such as Ghana and Brazil"
        : coordinated(s, refs, ownerAt);
    boolean mutual = owners.size() > 1;
    if (trigger == null) {
      return List.of(new Finding(RelationType.ACTIVITY, ImmutableList.copyOf(owners),
          ImmutableList.of(), Optional.empty(), mutual,
          RuleTrace.of(RelationRule.TOKEN_WINDOW, OwnerClue.WINDOW, false)));
    }
    CountryRef owner = refs.get(ownerAt);
    ImmutableList.Builder<CountryRef> counterparts = ImmutableList.builder();
    int subjectAt = objectOfTrigger(s, refs, words, trigger, owner, m);
    int modifierAt = modifierOfTrigger(s, refs, trigger, owner, m);
    OwnerClue clue = OwnerClue.WINDOW;
    if (modifierAt >= 0) {
      counterparts.addAll(owners);
      owners = coordinated(s, refs, modifierAt);
      mutual = owners.size() > 1;
      clue = OwnerClue.TRIGGER_MODIFIER;
    } else if (subjectAt >= 0) {
      boolean self = owner.backReference() && owner.codes().equals(refs.get(subjectAt).codes());
      // "Japan buys most of its coal from Peru": the possessive is the buyer itself, the origin its partner
      counterparts.addAll(self ? counterpartAfter(s, refs, trigger, m.end(), owners, true) : owners);
      owners = coordinated(s, refs, subjectAt);
      mutual = owners.size() > 1;
      clue = OwnerClue.SUBJECT;
    } else {
      counterparts.addAll(counterpartAfter(s, refs, trigger, trigger.end(), owners, false));
      if (m.end() > trigger.end() || m.end() <= trigger.start()) {
        counterparts.addAll(counterpartAfter(s, refs, trigger, m.end(), owners, true));
      }
    }
    return List.of(new Finding(trigger.kind().relationType().orElseThrow(),
        ImmutableList.copyOf(owners), counterparts.build(), Optional.of(trigger), mutual,
        RuleTrace.of(RelationRule.TOKEN_WINDOW, clue, true)));
  }

  /**
   * Whether {@code r}, after the sector {@code m}, stands in a relative clause that opens later than
   * right after the term: the clause describes another noun ("the region, known for its farming,
   * spans countries which include Mali and Chad" says nothing of Mali's farming). A relative clause
   * right after the term ("the coffee which Peru grows") is about the term and keeps its country; a
   * comma that does not open the next member of a list of countries closes the relative clause.
   */
  static boolean inLaterRelativeClause(Sentence s, List<CountryRef> refs, SectorMention m, CountryRef r) {
    int first = m.end() < s.size() && s.token(m.end()).text().equals(",") ? m.end() + 1 : m.end();
    boolean open = false;
    for (int i = first + 1; i < r.start(); i++) {
      if (s.token(i).pos().equals("WDT")) {
        open = true;
      } else if (open && s.token(i).text().equals(",") && !countryStartsAt(refs, i + 1)) {
        open = false; // "..., which nobody fixed, despite a large Peruvian stake": closed
      }
    }
    return open;
  }

  private static boolean countryStartsAt(List<CountryRef> refs, int at) {
    return refs.stream().anyMatch(x -> x.start() == at);
  }

  /**
   * Whether {@code r} stands in a bracketed aside that closes before the sector term: "the minister
   * (a former envoy to Peru) backs farm projects" ties no sector to Peru.
   */
  static boolean closedAside(Sentence s, CountryRef r, SectorMention m) {
    if (r.end() > m.start()) {
      return false;
    }
    int open = -1;
    for (int i = r.start() - 1; i >= 0 && open < 0; i--) {
      if (bracket(s, i, true)) {
        open = i;
      } else if (bracket(s, i, false)) {
        return false;
      }
    }
    if (open < 0) {
      return false;
    }
    for (int i = r.end(); i < m.start(); i++) {
      if (bracket(s, i, false)) {
        return true;
      }
      if (bracket(s, i, true)) {
        return false;
      }
    }
    return false;
  }

  private static boolean bracket(Sentence s, int i, boolean opening) {
    String p = s.token(i).pos();
    String w = s.token(i).text();
    return opening ? p.equals("-LRB-") || w.equals("(") : p.equals("-RRB-") || w.equals(")");
  }

  /**
   * A country introduced, within a few tokens after {@code from}, by one of the trigger's
   * counterpart markers ("sanctions on China"), as its direct object ("overtook their South Korean
   * rivals"), or, after the sector, as an origin ("vehicles imported from China"), with the countries
   * joined to it ("imported from Russia and Belarus"); none: an empty list.
   */
  private static List<CountryRef> counterpartAfter(Sentence s, List<CountryRef> refs,
      TriggerMention t, int from, List<CountryRef> owners, boolean origin) {
    // "build a car plant in Poland": a verb's object may stand before the marker
    boolean verb = !origin && s.token(t.end() - 1).pos().startsWith("VB");
    // "exports tea, coffee and flowers to Britain": each further item of the verb's object, or of the goods'
    // list after the sector, lets the counterpart stand further off
    int items = verb || origin ? listItemsBetween(s, from, s.size()) : 0;
    int reach = (verb ? OBJECT_REACH : 4) + items * LIST_ITEM_REACH;
    for (CountryRef r : refs) {
      if (r.start() < from || r.start() > from + (verb ? reach + PLACE_REACH : reach) || owners.contains(r)) {
        continue;
      }
      boolean marked = !origin && t.counterpartMarkers().contains("obj");
      boolean preposition = false;
      boolean inPlace = false; // "a plant in Tianjin city in northern China": the place lies in the country
      boolean toRecipient = false; // "sells tea to buyers in Egypt": the buyers' country is the destination
      for (int i = from; i < r.start(); i++) {
        String p = s.token(i).pos();
        String w = s.token(i).text().toLowerCase(Locale.ROOT);
        if (t.kind() == TriggerKind.RESTRICTION && WordSet.IMPORT_NOUN.contains(w) && i + 1 < r.start()
            && s.token(i + 1).text().equalsIgnoreCase("of")) {
          i++; // "a ban on imports of American pork", "limits imports of Chinese steel": the goods' origin
          marked = true; // is the measure's target
          continue;
        }
        if (inPlace && (w.equals("in") || w.equals(","))) {
          continue;
        }
        if (toRecipient && w.equals("in")) {
          inPlace = true;
          toRecipient = false;
          continue;
        }
        if (toRecipient && commonNounPhraseWord(s.token(i))) {
          continue;
        }
        toRecipient = false;
        if (p.equals("IN") || p.equals("TO")) {
          if (preposition && verb) {
            marked = false; // "build a plant near the border of Poland": only the first preposition
            break;
          }
          marked = t.counterpartMarkers().contains(w) || (origin && w.equals("from"));
          preposition = true;
          toRecipient = marked && w.equals("to");
        } else if (p.startsWith("VB") && !(origin && p.equals("VBN"))) {
          marked = false;
          break;
        } else if (marked && verb && p.startsWith("NNP") && preposition
            && s.token(i - 1).text().equalsIgnoreCase("in") || inPlace && p.startsWith("NN")) {
          inPlace = true;
        } else if ((p.startsWith("NN") && (preposition || !(origin || verb)))
            || (p.equals(",") && (preposition || !(verb || origin)))) {
          marked = false;
          break;
        }
      }
      marked &= r.start() <= from + reach || inPlace;
      return marked ? coordinatedAfter(s, refs, refs.indexOf(r)) : List.of();
    }
    return List.of();
  }

  /** How much further a counterpart may stand for each further item of a list of goods before it. */
  private static final int LIST_ITEM_REACH = 3;

  /** The most further items of a list of goods that extend its counterpart's reach. */
  private static final int LIST_ITEMS = 4;

  /**
   * How many further items the list of common nouns that opens at {@code from} has before token {@code
   * to} ("tea, coffee and flowers": two), counted as its separators (commas, a conjunction) up to the
   * first preposition or any other word, at most {@value #LIST_ITEMS}.
   */
  static int listItemsBetween(Sentence s, int from, int to) {
    int items = 0;
    for (int i = from; i < to && items < LIST_ITEMS; i++) {
      String p = s.token(i).pos();
      if (p.equals(",") || p.equals("CC")) {
        if (i + 1 < to && s.token(i + 1).pos().equals("CC")) {
          i++; // ", and"
        }
        items++;
      } else if (!commonNounPhraseWord(s.token(i)) && !s.token(i).pos().matches("VBN|VBG")) {
        break; // a participle modifies an item: "liquefied natural gas"
      }
    }
    return items;
  }

  /**
   * "Pharmaceutical companies in Switzerland face new US tariffs": a country modifying a stance noun
   * after the sector acts on the sector's country. The index of that country, else -1.
   */
  private static int modifierOfTrigger(
      Sentence s, List<CountryRef> refs, TriggerMention t, CountryRef owner, SectorMention m) {
    if (t.kind() == TriggerKind.ACTIVITY || t.start() < m.end()
        || !s.token(t.end() - 1).pos().startsWith("NN")) {
      return -1; // "Kenya fell": a country before a verb is its subject, no modifier
    }
    for (int k = 0; k < refs.size(); k++) {
      CountryRef r = refs.get(k);
      if (r == owner || r.start() < m.end() || r.end() > t.start() || t.start() - r.end() > 2) {
        continue;
      }
      boolean modifier = true;
      for (int i = r.end(); i < t.start(); i++) {
        String p = s.token(i).pos();
        modifier &= p.startsWith("JJ") || p.startsWith("NN");
      }
      if (modifier && (r.start() == 0 || !s.token(r.start() - 1).pos().equals("IN"))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The nearest relation trigger within the window of the sector, in the sector's clause (no
   * clause-opening conjunction between them); a stance beats an activity word.
   */
  static TriggerMention nearestTrigger(List<TriggerMention> words, SectorMention m) {
    TriggerMention trigger = null;
    int best = Integer.MAX_VALUE;
    for (TriggerMention w : words) {
      if (w.kind().relationType().isEmpty() || clauseWordBetween(words, w, m)) {
        continue;
      }
      boolean around = w.start() <= m.start() && m.end() <= w.end(); // "largest rice exporter"
      int d = around ? 0 : w.end() <= m.start() ? m.start() - w.end() : w.start() - m.end();
      if (w.kind() == TriggerKind.ACTIVITY) {
        d += WINDOW; // "banned exports of nickel": the stance wins within the window
      }
      boolean stanceOverActivity = d == best && trigger.kind() == TriggerKind.ACTIVITY
          && w.kind() != TriggerKind.ACTIVITY; // at equal distance the stance still wins
      if (d >= 0 && d <= 2 * WINDOW && (d < best || stanceOverActivity)) {
        best = d;
        trigger = w;
      }
    }
    return trigger;
  }

  /**
   * "Hyundai sold ... in China ... the world's third-largest carmaker": a country after a
   * preposition is where something happened, not an owner, unless it follows the sector term
   * closely ("the car industry in Germany") or is a possessor ("in Hungary's car industry"); a
   * determiner may stand between ("in the United States"). After a
   * conjunction that opens a clause ("while Brazil remains", tagged IN too), or after "that" and
   * before a verb ("said that Peru is"), it is that clause's subject. "Of" names an owner, unless a
   * part of the land stands before it ("the north of Peru").
   */
  static boolean placeOnly(Sentence s, List<TriggerMention> words, CountryRef r, SectorMention m) {
    if (destination(s, r)) {
      return true;
    }
    int prep = r.start() - 1;
    if (prep > 0 && s.token(prep).pos().equals("DT") && !r.backReference()) {
      prep--; // "in the United States"
    }
    if (prep < 0 || !s.token(prep).pos().equals("IN")
        || !s.token(r.end() - 1).pos().startsWith("NNP")
        || s.token(prep).text().equalsIgnoreCase("as")
        || clauseWordEndsAt(words, prep + 1)
        || (s.token(prep).text().equalsIgnoreCase("that") && verbAt(s, r.end()))
        || ownerOf(s, prep, r) || originOfGoods(s, prep, r, m)) {
      return false; // "as Indian refiners bought": a demonym, "as" starting a clause, "that Peru is"
    }
    boolean possessor = r.end() < s.size() && s.token(r.end()).pos().equals("POS");
    boolean right = r.start() >= m.end() && (prep - m.end() <= 1 || nounWordsOnly(s, m.end(), prep));
    return !possessor && !right; // "the car industry in (the) Germany", "gold mining sites near two rivers in Ghana"
  }

  /**
   * Whether the preposition at {@code prep} is an "of" that names an owner ("the Acme Corp of
   * Canada", "the government of Kenya"), not a part of the land ("the north of Peru"); a
   * country word that modifies a noun after it ("of the Kenyan trade delegation") owns nothing here.
   */
  private static boolean ownerOf(Sentence s, int prep, CountryRef r) {
    return s.token(prep).text().equalsIgnoreCase("of") && prep > 0
        && !WordSet.LAND_PART_NOUN.contains(CountryReferenceFinder.lower(s, prep - 1))
        && (r.end() >= s.size() || !s.token(r.end()).pos().startsWith("NN")); // not "of the EU delegation"
  }

  /**
   * "200,000 tonnes of U.S. wheat", "shipments of Brazil coffee": a country name after "of" that
   * modifies the goods right after it names where they come from, as a demonym would ("of Brazilian
   * coffee"), not a place.
   */
  private static boolean originOfGoods(Sentence s, int prep, CountryRef r, SectorMention m) {
    return s.token(prep).text().equalsIgnoreCase("of") && r.end() == m.start();
  }

  /** How many words of a noun phrase may stand between a sector term and a place that is the term's own. */
  private static final int PLACE_PHRASE = 4;

  /**
   * Whether the words from {@code from} up to {@code to} (exclusive) are at most {@value
   * #PLACE_PHRASE} words of one noun phrase (nouns, adjectives, determiners, numbers and
   * prepositions; no verb, comma or clause word): the place after them still places the sector
   * ("gold mining sites near two rivers in Ghana").
   */
  private static boolean nounWordsOnly(Sentence s, int from, int to) {
    if (to - from > PLACE_PHRASE) {
      return false;
    }
    for (int i = from; i < to; i++) {
      boolean preposition = s.token(i).pos().equals("IN") && !s.token(i).text().equalsIgnoreCase("that");
      if (!commonNounPhraseWord(s.token(i)) && !preposition) {
        return false;
      }
    }
    return true;
  }

  /**
   * "an arms embargo against Burundi", "tariffs on the United States": a country right after a
   * restriction word and its target preposition is the measure's target, its counterpart, never its
   * owner (annotation convention 2); with no other country the clause names no one who imposes it. So
   * is a country after an {@code import-noun} and "of" there ("a ban on imports of Chilean wine",
   * "limits imports of Peruvian fishmeal"): the goods restricted come from it.
   */
  static boolean restrictionTarget(Sentence s, List<TriggerMention> words, CountryRef r) {
    if (namedBeforeSanctions(s, r)) {
      return true;
    }
    int at = r.start() - 1;
    if (at >= 0 && s.token(at).pos().equals("DT")) {
      at--;
    }
    if (at > 1 && s.token(at).text().equalsIgnoreCase("of")
        && WordSet.IMPORT_NOUN.contains(s.token(at - 1).text().toLowerCase(Locale.ROOT))) {
      at -= 2; // "a ban on imports of Chilean wine", "limits imports of Peruvian fishmeal"
      if (!WordSet.TARGET_PREPOSITION.contains(s.token(at).text().toLowerCase(Locale.ROOT))) {
        return restrictionEndsAt(words, at + 1);
      }
    }
    if (at <= 0 || !WordSet.TARGET_PREPOSITION.contains(s.token(at).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return restrictionEndsAt(words, at);
  }

  /** Whether a restriction word of the sentence ends right before token {@code at}. */
  private static boolean restrictionEndsAt(List<TriggerMention> words, int at) {
    return words.stream().anyMatch(w -> w.kind() == TriggerKind.RESTRICTION && w.end() == at);
  }

  /**
   * "the Iran sanctions", "Iraq oil sanctions": a country's name (not a demonym, not a possessor)
   * right before a sanctions noun, or with one noun between, is the measure's target; not where the
   * name is a usual imposer ("U.S. sanctions", set {@code sanction-imposer}) or the noun names its
   * target itself ("Japan sanctions on Russia").
   */
  static boolean namedBeforeSanctions(Sentence s, CountryRef r) {
    if (r.backReference()) {
      return false;
    }
    for (int i = r.start(); i < r.end(); i++) {
      if (!s.token(i).pos().equals("NNP") && !(i == r.start() && s.token(i).pos().equals("DT"))) {
        return false;
      }
    }
    if (WordSet.SANCTION_IMPOSER.contains(s.token(r.end() - 1).text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = r.end(); i < Math.min(s.size(), r.end() + 2); i++) {
      if (WordSet.SANCTION_NOUN.contains(s.token(i).text().toLowerCase(Locale.ROOT))) {
        return i + 1 >= s.size()
            || !WordSet.TARGET_PREPOSITION.contains(s.token(i + 1).text().toLowerCase(Locale.ROOT));
      }
      if (!s.token(i).pos().startsWith("NN")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "shipped sugar to China", "exports to Germany and France": a country right after "to" is where
   * the goods or the money go, the counterpart of a flow, never its owner (annotation convention 3: a
   * mere destination gets no relation of its own). Not for "according to" or "due to". So is a
   * country after "for" right after the goods ({@link #goodsFor}).
   */
  static boolean destination(Sentence s, CountryRef r) {
    int at = r.start() - 1;
    if (at >= 0 && s.token(at).pos().equals("DT")) {
      at--; // "to the United States"
    }
    if (at > 0 && s.token(at).text().equalsIgnoreCase("for") && !r.backReference()) {
      return goodsFor(s, r, at);
    }
    if (at > 0 && s.token(at).text().equalsIgnoreCase("in") && !r.backReference()) {
      at = recipientsBefore(s, at);
    }
    return at > 0 && s.token(at).text().equalsIgnoreCase("to") && !r.backReference()
        && s.token(at - 1).pos().matches("NN.*|VB.*|RB|JJ|CD");
  }

  /** How many words may name the recipients between "to" and "in" ("to large mobile carriers in"). */
  private static final int RECIPIENT_WORDS = 3;

  /**
   * "sells tea to buyers in Egypt", "a maker selling handsets to mobile carriers in Peru": the
   * country after "in" that places the recipients of a flow is its destination. Given the "in" at
   * {@code in}, the index of a "to" before up to {@value #RECIPIENT_WORDS} words of a common noun
   * phrase, else {@code in} itself.
   */
  private static int recipientsBefore(Sentence s, int in) {
    int i = in - 1;
    while (i > 0 && in - 1 - i < RECIPIENT_WORDS && commonNounPhraseWord(s.token(i))) {
      i--;
    }
    return i < in - 1 && s.token(i).text().equalsIgnoreCase("to") ? i : in;
  }

  /**
   * Whether the comma at {@code i} separates items of a list of common nouns ("copper, zinc and
   * gold"): a common noun before it, a common noun phrase word or "and"/"or" after it.
   */
  static boolean listComma(Sentence s, int i) {
    if (i == 0 || i + 1 >= s.size()) {
      return false;
    }
    Token before = s.token(i - 1);
    Token after = s.token(i + 1);
    return before.pos().startsWith("NN") && !before.pos().startsWith("NNP")
        && (commonNounPhraseWord(after) || after.pos().equals("CC"));
  }

  /** A word of a common noun phrase: a common noun, an adjective, a determiner or a number. */
  private static boolean commonNounPhraseWord(Token t) {
    String p = t.pos();
    return p.startsWith("NN") && !p.startsWith("NNP") || p.startsWith("JJ") || p.equals("DT") || p.equals("CD");
  }

  /** How many tokens (determiners, adjectives, numbers, units, "of") may stand between a recipient and the goods. */
  private static final int RECIPIENT_REACH = 4;

  /**
   * "voted for selling Peru rice", "sold Kenya 20,000 tonnes of maize": a country right after
   * a verb of sale (an activity trigger tagged as a verb) and before the goods is the buyer, the
   * verb's first object, never the seller: it owns nothing, and with no seller named the clause
   * gives no relation. A demonym there names the goods' origin ("selling Chinese wheat") and stays.
   */
  static boolean recipient(Sentence s, List<TriggerMention> words, CountryRef r, SectorMention m) {
    int at = r.start() - 1;
    if (at < 0 || r.end() > m.start() || m.start() - r.end() > RECIPIENT_REACH
        || !s.token(at).pos().startsWith("VB") || !s.token(r.end() - 1).pos().startsWith("NNP")
        || words.stream().noneMatch(w -> w.kind() == TriggerKind.ACTIVITY && w.covers(at))
        || (r.end() < s.size() && s.token(r.end()).pos().equals("POS"))) {
      return false;
    }
    for (int i = r.end(); i < m.start(); i++) {
      String p = s.token(i).pos();
      if (!(p.equals("DT") || p.startsWith("JJ") || p.equals("CD") || p.equals("NNS")
          || (p.equals("IN") && CountryReferenceFinder.lower(s, i).equals("of")))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "20,000 tonnes of sugar for Egypt": a country named after "for" right after the goods is where
   * they go, with no trade verb needed; a possessor ("demand for China's steel") or a demonym
   * before its noun ("demand for Chinese steel") is not. A demonym that stands alone there names
   * the people the goods are for ("cheap energy for Kenyans"), no owner either.
   */
  private static boolean goodsFor(Sentence s, CountryRef r, int at) {
    boolean possessor = r.end() < s.size() && s.token(r.end()).pos().equals("POS");
    boolean alone = r.end() >= s.size() || !s.token(r.end()).pos().matches("NN.*|JJ.*|CD|POS");
    return (s.token(r.end() - 1).pos().startsWith("NNP") || alone) && !possessor
        && s.token(at - 1).pos().matches("NNS?");
  }

  /** Whether token {@code i} is a verb or modal: the country before it is its subject. */
  private static boolean verbAt(Sentence s, int i) {
    if (i >= s.size()) {
      return false;
    }
    String p = s.token(i).pos();
    return p.startsWith("VB") || p.equals("MD");
  }

  /** Whether a clause-opening conjunction ends right before token {@code at}. */
  private static boolean clauseWordEndsAt(List<TriggerMention> words, int at) {
    for (TriggerMention w : words) {
      if (w.kind() == TriggerKind.CLAUSE && w.end() == at) {
        return true;
      }
    }
    return false;
  }

  /** Whether a clause-opening conjunction lies between trigger {@code t} and sector {@code m}. */
  private static boolean clauseWordBetween(List<TriggerMention> words, TriggerMention t, SectorMention m) {
    int from = Math.min(t.end(), m.end());
    int to = Math.max(t.start(), m.start());
    for (TriggerMention w : words) {
      if (w.kind() == TriggerKind.CLAUSE && w.start() >= from && w.end() <= to) {
        return true;
      }
    }
    return false;
  }

  /** The reference at {@code at} and those joined to it by "and" or a comma just before it. */
  static List<CountryRef> coordinated(Sentence s, List<CountryRef> refs, int at) {
    List<CountryRef> out = new ArrayList<>(2);
    out.add(refs.get(at));
    for (int k = at - 1; k >= 0 && joined(s, refs.get(k), out.get(out.size() - 1), false); k--) {
      out.add(refs.get(k));
    }
    return out;
  }

  /** The reference at {@code at} and those joined to it by "and", "or" or a comma right after it. */
  static List<CountryRef> coordinatedAfter(Sentence s, List<CountryRef> refs, int at) {
    List<CountryRef> out = new ArrayList<>(2);
    out.add(refs.get(at));
    for (int k = at + 1; k < refs.size() && joined(s, out.get(out.size() - 1), refs.get(k), true); k++) {
      out.add(refs.get(k));
    }
    return out;
  }

  /**
   * Whether only one or two of "and", ",", "&" (and "or", if allowed), and a determiner ("and the
   * European Community"), lie between two references.
   */
  static boolean joined(Sentence s, CountryRef prev, CountryRef next, boolean orToo) {
    int gap = next.start() - prev.end();
    if (gap < 1 || gap > 3) {
      return false;
    }
    int glue = 0;
    for (int i = prev.end(); i < next.start(); i++) {
      String w = s.token(i).text().toLowerCase(Locale.ROOT);
      if (w.equals("and") || w.equals(",") || w.equals("&") || (orToo && w.equals("or"))) {
        glue++;
      } else if (!s.token(i).pos().equals("DT") || i != next.start() - 1) {
        return false;
      }
    }
    return glue >= 1 && glue <= 2;
  }

  /**
   * When the owner found lies between a stance or purchase trigger and the sector, introduced as the
   * trigger's object or by one of its counterpart prepositions ("blacklisted Chinese chip firms",
   * "eased sanctions on Venezuela's oil sector", "the biggest buyer of Thai rice"), the index of the
   * country before the trigger that acts instead; else -1.
   */
  private static int objectOfTrigger(Sentence s, List<CountryRef> refs, List<TriggerMention> words,
      TriggerMention t, CountryRef owner, SectorMention m) {
    boolean buys = t.counterpartMarkers().contains(RelationTriggerLexicon.SELLER);
    boolean marked = t.counterpartMarkers().contains("obj");
    // "Russia will help Yemen build": the object inside the trigger's gap
    boolean inGap = marked && owner.start() > t.start() && owner.end() < t.end();
    if ((t.kind() == TriggerKind.ACTIVITY && !buys && !marked) || (owner.start() < t.end() && !inGap)
        || owner.end() > m.start()) {
      return -1; // a purchase word acts like a stance: "Japan is the main buyer of U.S. grain"
    }
    for (int i = t.end(); i < owner.start(); i++) {
      String p = s.token(i).pos();
      String w = s.token(i).text().toLowerCase(Locale.ROOT);
      if ((p.equals("IN") || p.equals("TO"))
          && (!w.equals("of") || t.counterpartMarkers().contains(w))) {
        // "dozens of Chinese chip firms": "of" is open, unless the trigger names it ("buyers of")
        marked = t.counterpartMarkers().contains(w);
      } else if (p.startsWith("VB")) {
        return -1;
      }
    }
    if (!marked) {
      return -1;
    }
    int subject = -1;
    for (int k = 0; k < refs.size(); k++) {
      CountryRef r = refs.get(k);
      if (r.end() <= t.start() && !placeOnly(s, words, r, m)) {
        subject = k;
      }
    }
    return subject;
  }
}
