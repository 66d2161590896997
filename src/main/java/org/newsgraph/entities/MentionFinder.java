package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsgraph.CharSpan;
import org.newsgraph.EntityType;
import org.newsgraph.LocationSubtype;
import org.newsgraph.MentionKind;
import org.newsgraph.lexicon.EntityStoplist;
import org.newsgraph.lexicon.EntityStoplist.Kind;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The mentions of one sentence: CoreNLP's NER spans merged with the lexicon phrases. A lexicon
 * phrase that covers NER spans replaces them ("Greater China" a REGION, "South Korean" a demonym,
 * "NDRC" a body of CN); an NER span that is larger than a lexicon phrase wins ("South China
 * Morning Post" over "China"), except that trailing common nouns of a place span are dropped
 * ("Jilin province" is Jilin). Stop words, titles and storm names are removed; capitals are
 * split into acting governments (METONYM of the country) and cities. Thread-safe.
 */
final class MentionFinder {

  private final LexiconMatcher matcher;
  private final EntityStoplist stoplist;
  private final HyphenatedNames hyphenated;

  MentionFinder(LexiconMatcher matcher, EntityStoplist stoplist) {
    this.matcher = matcher;
    this.stoplist = stoplist;
    this.hyphenated = new HyphenatedNames(stoplist);
  }

  /** A run of tokens with one coarse NER label. */
  record NerSpan(int from, int to, String label) {}

  List<Candidate> find(AnalyzedText text, Sentence s) {
    List<NerSpan> ner = new ArrayList<>();
    for (NerSpan n : nerSpans(s)) {
      NerSpan w = hyphenated.widen(s, n);
      if (!ner.isEmpty() && ner.get(ner.size() - 1).to() > w.from()) {
        if (ner.get(ner.size() - 1).to() >= n.to()) {
          continue; // the span before was widened over this one
        }
        w = n; // widening would overlap the span before: keep the tagger's
      }
      ner.add(w);
    }
    boolean[] used = new boolean[ner.size()];
    List<Candidate> out = new ArrayList<>();
    List<String> spanHints = new ArrayList<>();
    for (int k = 0; k < ner.size(); k++) {
      spanHints.add(null);
    }
    for (LexiconHit hit : matcher.find(text, s)) {
      List<Integer> overlapping = new ArrayList<>();
      for (int k = 0; k < ner.size(); k++) {
        if (ner.get(k).from() < hit.to() && hit.from() < ner.get(k).to()) {
          overlapping.add(k);
        }
      }
      if (overlapping.isEmpty()) {
        boolean modifier =
            hit.source() != LexiconHit.Source.COUNTRY
                && hit.source() != LexiconHit.Source.DEMONYM
                && hyphenAttached(text, text.span(s, hit.from(), hit.to() - 1));
        if (!modifier && safeAlone(hit, s)) {
          out.add(fromHit(text, s, hit));
        }
        continue;
      }
      boolean take = true;
      for (int k : overlapping) {
        NerSpan n = ner.get(k);
        if (n.label().equals("MISC") && hit.source() == LexiconHit.Source.DEMONYM) {
          continue; // "South Korean", "Sino": a MISC span gives way to a demonym
        }
        boolean inside = n.from() >= hit.from() && n.to() <= hit.to();
        boolean covers = n.from() <= hit.from() && n.to() >= hit.to();
        if (inside && covers) {
          // Same span: CoreNLP's PERSON stands against a place or organisation of the same
          // name ("Jordan", "Ford"); its ORGANIZATION stands against a city (sports clubs).
          if (hit.source() == LexiconHit.Source.PLATFORM) {
            continue; // an app or phone maker, whatever the tagger says
          }
          if (n.label().equals("PERSON") && hit.source() != LexiconHit.Source.DEMONYM
              && (hit.length() == 1 || isPlace(hit))) {
            take = false; // a multi-word organisation name is not a person's ("Al Jazeera")
          } else if (n.label().equals("ORGANIZATION")
              && (hit.source() == LexiconHit.Source.CAPITAL
                  || hit.source() == LexiconHit.Source.PLACE)) {
            take = false;
            hit.country().ifPresent(c -> spanHints.set(k, c));
          }
        } else if (covers) {
          if (n.label().equals("LOCATION") && onlyLowerCaseOutside(s, n, hit)
              && isPlace(hit)) {
            continue; // "Jilin province": the place wins
          }
          take = false;
          if (n.label().equals("ORGANIZATION") && hit.country().isPresent()) {
            spanHints.set(k, hit.country().get());
          }
        } else if (!inside) {
          take = false; // crossing spans: trust the tagger
        }
      }
      if (take) {
        for (int k : overlapping) {
          used[k] = true;
        }
        out.add(fromHit(text, s, hit));
      }
    }
    for (int k = 0; k < ner.size(); k++) {
      if (!used[k]) {
        Optional<Candidate> c = fromNer(text, s, ner.get(k));
        if (c.isPresent() && spanHints.get(k) != null) {
          c = Optional.of(c.get().withCountryHint(spanHints.get(k)));
        }
        c.ifPresent(out::add);
      }
    }
    addInstitutions(text, s, out);
    out.sort(Comparator.comparingInt(Candidate::from));
    return out;
  }

  /**
   * "Parliament", "Cabinet", "Congress" standing alone and capitalised name the country's
   * institution: an organisation, untagged or tagged a place or person ({@code INSTITUTION} rows of
   * the stoplist). Not inside a longer capitalised name ("Parliament House", "European Parliament"
   * are the tagger's or the lexicon's).
   */
  private void addInstitutions(AnalyzedText text, Sentence s, List<Candidate> out) {
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (!capitalised(t.text()) || !stoplist.has(Kind.INSTITUTION, t.text())
          || (i + 1 < s.size() && s.token(i + 1).posStartsWith("NNP"))
          || (i > 0 && s.token(i - 1).posStartsWith("NNP"))) {
        continue;
      }
      int at = i;
      Optional<Candidate> same =
          out.stream().filter(c -> c.from() <= at && c.to() > at).findFirst();
      if (same.isPresent()) {
        Candidate c = same.get();
        if (c.from() == at && c.to() == at + 1 && c.groupKey().isEmpty()
            && c.type() != EntityType.ORGANIZATION) {
          out.set(out.indexOf(c), c.withType(EntityType.ORGANIZATION));
        }
        continue;
      }
      out.add(Candidate.named(s.index(), i, i + 1, text.span(s, i, i), EntityType.ORGANIZATION));
    }
  }

  static List<NerSpan> nerSpans(Sentence s) {
    List<NerSpan> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      String label = coarse(s.token(i).ner());
      if (label.equals("O")) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < s.size() && coarse(s.token(j).ner()).equals(label)) {
        j++;
      }
      out.add(new NerSpan(i, j, label));
      i = j;
    }
    return out;
  }

  static String coarse(String ner) {
    return switch (ner) {
      case "PERSON", "ORGANIZATION", "LOCATION", "MISC" -> ner;
      case "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "LOCATION";
      case "NATIONALITY", "RELIGION", "IDEOLOGY" -> "MISC";
      default -> "O";
    };
  }

  private static boolean isPlace(LexiconHit hit) {
    return hit.source() == LexiconHit.Source.PLACE
        || hit.source() == LexiconHit.Source.COUNTRY
        || hit.source() == LexiconHit.Source.CAPITAL;
  }

  private static boolean onlyLowerCaseOutside(Sentence s, NerSpan n, LexiconHit hit) {
    for (int i = n.from(); i < n.to(); i++) {
      if (i >= hit.from() && i < hit.to()) {
        continue;
      }
      if (!trimmable(s.token(i).text())) {
        return false;
      }
    }
    return true;
  }

  /** A token a place span may end with but not be: a common noun ("province") or a hyphen. */
  private static boolean trimmable(String t) {
    return !t.isEmpty()
        && (Character.isLowerCase(t.codePointAt(0)) || !Character.isLetterOrDigit(t.codePointAt(0)));
  }

  /** Whether a lexicon phrase CoreNLP did not tag may be taken on the lexicon's word alone. */
  private static boolean safeAlone(LexiconHit hit, Sentence s) {
    if (hit.source() != LexiconHit.Source.DEMONYM && partOfLongerName(hit, s)) {
      return false; // "Hong Kong Open", "China Daily": a name the tagger did not know
    }
    switch (hit.source()) {
      case COUNTRY:
      case DEMONYM:
        return true;
      case CAPITAL:
        return false;
      case PLATFORM:
        return true;
      case BODY:
      case ORGANIZATION:
        // One word alone ("Nikkei", "RBI", "Apple") is too often something else.
        return hit.length() > 1;
      case PLACE:
        return hit.length() > 1 && allCapitalised(s, hit.from(), hit.to());
      default:
        return false;
    }
  }

  /** Whether a capitalised word right before (not sentence-initial) or after adjoins the hit. */
  private static boolean partOfLongerName(LexiconHit hit, Sentence s) {
    if (hit.to() < s.size() && capitalised(s.token(hit.to()).text())) {
      return true;
    }
    return hit.from() > 1 && capitalised(s.token(hit.from() - 1).text());
  }

  private static boolean capitalised(String t) {
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
  }

  private static boolean allCapitalised(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      String t = s.token(i).text();
      if (Character.isLetter(t.codePointAt(0)) && !Character.isUpperCase(t.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private Candidate fromHit(AnalyzedText text, Sentence s, LexiconHit hit) {
    CharSpan span = text.span(s, hit.from(), hit.to() - 1);
    int si = s.index();
    String code = hit.country().orElse("");
    MentionKind nameKind = hit.name() ? MentionKind.NAME : MentionKind.ALIAS;
    switch (hit.source()) {
      case COUNTRY: {
        MentionKind kind = hyphenAttached(text, span) ? MentionKind.DEMONYM : nameKind;
        return country(si, hit, span, code, kind);
      }
      case DEMONYM:
        return country(si, hit, span, code, MentionKind.DEMONYM);
      case CAPITAL:
        if (actsForGovernment(s, hit.from(), hit.to())) {
          return country(si, hit, span, code, MentionKind.METONYM);
        }
        return new Candidate(
            si, hit.from(), hit.to(), span, EntityType.LOCATION,
            Optional.of(LocationSubtype.CITY), MentionKind.NAME,
            Optional.of("L:" + span.text()), Optional.of(span.text()), hit.country(),
            Optional.empty());
      case BODY:
      case ORGANIZATION:
      case PLATFORM:
        return new Candidate(
            si, hit.from(), hit.to(), span, EntityType.ORGANIZATION, Optional.empty(), nameKind,
            Optional.of("O:" + hit.canonical()), Optional.of(hit.canonical()), hit.country(),
            Optional.empty());
      case PLACE:
      default:
        return new Candidate(
            si, hit.from(), hit.to(), span, EntityType.LOCATION, hit.subtype(), nameKind,
            Optional.of("L:" + hit.canonical()), Optional.of(hit.canonical()), hit.country(),
            Optional.empty());
    }
  }

  private static Candidate country(
      int si, LexiconHit hit, CharSpan span, String code, MentionKind kind) {
    return new Candidate(
        si, hit.from(), hit.to(), span, EntityType.LOCATION,
        Optional.of(LocationSubtype.COUNTRY), kind, Optional.of("C:" + code),
        Optional.empty(), Optional.of(code), Optional.empty());
  }

  /** "US" in "Sino-US" or "U.S.-based": a country name used as a combining form. */
  private static boolean hyphenAttached(AnalyzedText text, CharSpan span) {
    String t = text.text();
    boolean before = span.start() > 0 && t.charAt(span.start() - 1) == '-';
    boolean after = span.end() < t.length() - 1 && t.charAt(span.end()) == '-'
        && Character.isLetter(t.charAt(span.end() + 1));
    return before || after;
  }

  /**
   * Whether a capital stands for its government: right after a word such as "by" or "against",
   * or the subject of a verb ("Beijing says", "Washington has imposed"); never right after a
   * place word such as "in".
   */
  boolean actsForGovernment(Sentence s, int from, int to) {
    int p = from - 1;
    while (p >= 0 && isBracket(s.token(p).text())) {
      p--;
    }
    if (p >= 0) {
      String prev = s.token(p).text();
      if (stoplist.has(Kind.PLACE_BEFORE, prev)) {
        return false;
      }
      if (stoplist.has(Kind.METONYM_BEFORE, prev)) {
        return true;
      }
    }
    int q = to;
    while (q < s.size() && s.token(q).posStartsWith("RB")) {
      q++;
    }
    if (q < s.size()) {
      Token next = s.token(q);
      return next.pos().equals("VBZ") || next.pos().equals("VBD") || next.pos().equals("VBP")
          || next.pos().equals("MD");
    }
    return false;
  }

  private static boolean isBracket(String t) {
    return t.equals("(") || t.equals("[") || t.equals("-LRB-") || t.equals("-LSB-");
  }

  private Optional<Candidate> fromNer(AnalyzedText text, Sentence s, NerSpan n) {
    EntityType type;
    switch (n.label()) {
      case "PERSON":
        type = EntityType.PERSON;
        break;
      case "ORGANIZATION":
        type = EntityType.ORGANIZATION;
        break;
      case "LOCATION":
        type = EntityType.LOCATION;
        break;
      default:
        return Optional.empty();
    }
    int from = n.from();
    int to = n.to();
    while (from < to && stoplist.has(Kind.TRIM_FIRST, s.token(from).text(), n.label())) {
      if (stoplist.has(Kind.NOT_PERSON_AFTER, s.token(from).text())) {
        return Optional.empty(); // "Typhoon Bebinca" inside the span
      }
      from++;
    }
    if (from > 0 && type == EntityType.PERSON
        && stoplist.has(Kind.NOT_PERSON_AFTER, s.token(from - 1).text())) {
      return Optional.empty();
    }
    String tail = null;
    if (type == EntityType.LOCATION) {
      while (to - 1 > from && trimmable(s.token(to - 1).text())) {
        if (Character.isLetter(s.token(to - 1).text().codePointAt(0))) {
          tail = s.token(to - 1).text();
        }
        to--;
      }
      if (tail == null && to < s.size()) {
        tail = s.token(to).text();
      }
    }
    if (from >= to) {
      return Optional.empty();
    }
    CharSpan span = text.span(s, from, to - 1);
    if (to - from > 1 && stoplist.has(Kind.LAST_WORD_NOT_NAME, s.token(to - 1).text(), n.label())) {
      return Optional.empty(); // "Science Act": a law, not an organisation
    }
    if (stoplist.has(Kind.STOP, span.text(), n.label())) {
      return Optional.empty();
    }
    Candidate c = Candidate.named(s.index(), from, to, span, type);
    if (type == EntityType.LOCATION && tail != null) {
      c = c.withSubtype(subtypeFromNoun(tail));
    }
    return Optional.of(c);
  }

  private static LocationSubtype subtypeFromNoun(String noun) {
    String w = noun.toLowerCase(java.util.Locale.ROOT);
    return WordSet.REGION_NOUN.contains(w) ? LocationSubtype.REGION
        : WordSet.STATE_OR_PROVINCE_NOUN.contains(w) ? LocationSubtype.STATE_OR_PROVINCE
        : WordSet.CITY_NOUN.contains(w) ? LocationSubtype.CITY
        : LocationSubtype.OTHER;
  }
}
