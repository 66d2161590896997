package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.EntityType;
import org.newsgraph.MentionKind;
import org.newsgraph.lexicon.GeoNamesGazetteer;
import org.newsgraph.lexicon.EntityStoplist;
import org.newsgraph.lexicon.EntityStoplist.Kind;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Makes a document's names consistent, since the tagger decides each occurrence alone: a word of a
 * person's full name is that person where it stands alone later or earlier ("Velquez" after "Tomas
 * Velquez", untagged or even where the tagger called the word a place); a name that is an
 * organisation once (and not more often a person) is an organisation everywhere in the document ("Brightwave" tagged a
 * person in one sentence and an organisation in another); and a person's name, a word of it, or a
 * name of two or more words that the tagger found once is found again where the same words stand
 * untagged (one-word organisations and places are not: "Earth", "Agency" alone are too often
 * something else). Only mentions the tagger alone found are changed: lexicon mentions know what
 * they are. Thread-safe.
 */
record NameConsistency(EntityStoplist stoplist, GeoNamesGazetteer cities) {

  /** The candidates of a document, made consistent; {@code skip} says which sentences to leave. */
  List<Candidate> apply(AnalyzedText text, List<Candidate> all, java.util.function.IntPredicate skip) {
    // 1. The type of each name the tagger gave: an organisation once stays one, unless the tagger
    // called the name a person more often than an organisation.
    Map<String, int[]> votes = new HashMap<>();
    Map<String, List<String>> tokensOf = new HashMap<>();
    Set<String> lexiconTexts = new HashSet<>();
    for (Candidate c : all) {
      if (c.groupKey().isPresent()) {
        lexiconTexts.add(c.text());
        continue;
      }
      if (c.kind() != MentionKind.NAME) {
        continue;
      }
      tokensOf.computeIfAbsent(
          c.text(), k -> tokenTexts(text.sentences().get(c.sentence()), c.from(), c.to()));
      votes.computeIfAbsent(c.text(), k -> new int[EntityType.values().length])[c.type().ordinal()]++;
    }
    Map<String, EntityType> typeOf = new HashMap<>();
    for (Map.Entry<String, int[]> e : votes.entrySet()) {
      typeOf.put(e.getKey(), decide(e.getValue()));
    }
    // 2. Words of multi-word person names.
    Map<String, List<String>> personWords = new HashMap<>();
    for (Candidate c : all) {
      if (c.type() != EntityType.PERSON || c.groupKey().isPresent() || c.to() - c.from() < 2) {
        continue;
      }
      Sentence s = text.sentences().get(c.sentence());
      int i = c.from();
      while (i < c.to()) {
        int j = i + 1;
        while (j < c.to() && s.token(j - 1).end() == s.token(j).start()) {
          j++;
        }
        String w = text.text().substring(s.token(i).start(), s.token(j - 1).end());
        if (j - i < c.to() - c.from() && nameWord(w) && !lexiconTexts.contains(w)
            && !stoplist.has(Kind.TRIM_FIRST, w, "PERSON") && !stoplist.has(Kind.STOP, w, "PERSON")) {
          personWords.putIfAbsent(w, tokenTexts(s, i, j));
        }
        i = j;
      }
    }
    for (String place : townsUsedAsPlaces(text, all, personWords.keySet())) {
      typeOf.put(place, EntityType.LOCATION);
    }
    List<Candidate> out = new ArrayList<>(all.size());
    for (Candidate c : all) {
      if (c.groupKey().isPresent() || c.kind() != MentionKind.NAME) {
        out.add(c);
        continue;
      }
      EntityType t = typeOf.get(c.text());
      if (c.to() - c.from() == 1 && personWords.containsKey(c.text())
          && t != EntityType.ORGANIZATION) {
        t = EntityType.PERSON; // a place-tagged word of a person's name; an organisation stays
      }
      out.add(t == null || t == c.type() ? c : c.withType(t));
    }
    // 3. Untagged repeats of known names and of person-name words.
    Map<String, List<Name>> byFirst = new HashMap<>();
    for (Map.Entry<String, List<String>> e : personWords.entrySet()) {
      if (typeOf.containsKey(e.getKey())) {
        typeOf.put(e.getKey(), EntityType.PERSON);
      }
    }
    for (Map.Entry<String, EntityType> e : typeOf.entrySet()) {
      List<String> tokens = tokensOf.get(e.getKey());
      if (tokens.size() > 1 || e.getValue() == EntityType.PERSON) {
        // One word found again untagged is too often something else ("Earth", "Agency").
        addName(byFirst, tokens, e.getValue());
      }
    }
    for (Map.Entry<String, List<String>> e : personWords.entrySet()) {
      if (!typeOf.containsKey(e.getKey())) {
        addName(byFirst, e.getValue(), EntityType.PERSON);
      }
    }
    BitSet covered = new BitSet(text.text().length());
    for (Candidate c : out) {
      covered.set(c.span().start(), c.span().end());
    }
    List<Candidate> extra = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      if (skip.test(s.index())) {
        continue;
      }
      for (int i = 0; i < s.size(); i++) {
        Token t = s.token(i);
        List<Name> names = byFirst.get(t.text());
        if (names == null || covered.get(t.start())) {
          continue;
        }
        for (Name n : names) {
          Optional<Candidate> c = match(text, s, i, n, covered);
          if (c.isPresent()) {
            extra.add(c.get());
            covered.set(c.get().span().start(), c.get().span().end());
            i = c.get().to() - 1;
            break;
          }
        }
      }
    }
    out.addAll(extra);
    return out;
  }

  /**
   * Known towns and provinces (GeoNames) that the tagger called a person or organisation at least
   * once but that the document uses as a place: once right after a place word ("in Northbay", "near Northbay") with no verb
   * before it, or twice after one ("went to Northbay" twice; one "spoke to Hamilton" is a
   * person). Not a word of a person's longer name in the document.
   */
  private List<String> townsUsedAsPlaces(
      AnalyzedText text, List<Candidate> all, Set<String> personWords) {
    Map<String, int[]> uses = new HashMap<>();
    for (Candidate c : all) {
      if (c.groupKey().isPresent() || c.kind() != MentionKind.NAME || c.from() < 1) {
        continue;
      }
      Sentence s = text.sentences().get(c.sentence());
      if (!stoplist.has(Kind.PLACE_BEFORE, s.token(c.from() - 1).text())
          || c.to() < s.size() && s.token(c.to()).pos().equals("POS")) {
        continue; // "from Raja's shop" tells nothing
      }
      int[] n = uses.computeIfAbsent(c.text(), k -> new int[2]);
      n[0]++;
      if (c.from() < 2 || !s.token(c.from() - 2).posStartsWith("VB")) {
        n[1]++;
      }
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : uses.entrySet()) {
      int[] n = e.getValue();
      if ((n[1] > 0 || n[0] > 1) && !personWords.contains(e.getKey())
          && cities.lookup(e.getKey()).isPresent()) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /** Organisation if ever one and not more often a person; else person over place. */
  private static EntityType decide(int[] v) {
    int org = v[EntityType.ORGANIZATION.ordinal()];
    int per = v[EntityType.PERSON.ordinal()];
    if (org > 0 && org >= per) {
      return EntityType.ORGANIZATION;
    }
    if (per > 0 && per >= v[EntityType.LOCATION.ordinal()]) {
      return EntityType.PERSON;
    }
    return v[EntityType.LOCATION.ordinal()] > 0 ? EntityType.LOCATION : EntityType.PERSON;
  }

  /** A name's words and type. */
  private record Name(String[] words, EntityType type) {}

  private static List<String> tokenTexts(Sentence s, int from, int to) {
    List<String> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      out.add(s.token(i).text());
    }
    return out;
  }

  private static void addName(Map<String, List<Name>> byFirst, List<String> tokens, EntityType type) {
    String[] words = tokens.toArray(new String[0]);
    if (words.length == 0 || !nameWord(words[0])) {
      return;
    }
    List<Name> list = byFirst.computeIfAbsent(words[0], k -> new ArrayList<>());
    list.add(new Name(words, type));
    list.sort((a, b) -> b.words().length - a.words().length); // longest first
  }

  private Optional<Candidate> match(
      AnalyzedText text, Sentence s, int i, Name n, BitSet covered) {
    int to = i + n.words().length;
    if (to > s.size()) {
      return Optional.empty();
    }
    for (int k = 0; k < n.words().length; k++) {
      Token t = s.token(i + k);
      if (!t.text().equals(n.words()[k]) || covered.get(t.start())) {
        return Optional.empty();
      }
      if (k > 0 && s.token(i + k - 1).end() + 1 < t.start()) {
        return Optional.empty(); // the words of a name are one space apart at most
      }
    }
    // Not part of a longer capitalised name, not a title or stop word alone.
    if (to < s.size() && capitalised(s.token(to).text())) {
      return Optional.empty();
    }
    if (i > 0 && capitalised(s.token(i - 1).text()) && !stoplist.has(Kind.TRIM_FIRST, s.token(i - 1).text())) {
      return Optional.empty();
    }
    if (i > 0 && isHyphen(s.token(i - 1).text()) || to < s.size() && isHyphen(s.token(to).text())) {
      return Optional.empty();
    }
    if (n.words().length == 1 && !s.token(i).posStartsWith("NNP")) {
      return Optional.empty();
    }
    return Optional.of(
        Candidate.named(s.index(), i, to, text.span(s, i, to - 1), n.type()));
  }

  private static boolean isHyphen(String t) {
    return t.equals("-") || t.equals("\u2010") || t.equals("\u2011");
  }

  private static boolean capitalised(String t) {
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
  }

  /** A word that can stand for a name: capitalised, two letters or more, not all capitals. */
  private static boolean nameWord(String w) {
    if (w.length() < 2 || !Character.isUpperCase(w.codePointAt(0))) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i)) && w.charAt(i) != '-' && w.charAt(i) != '\'') {
        return false;
      }
    }
    return true;
  }
}
