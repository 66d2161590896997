package org.newsgraph.quotes;

import java.util.Locale;
import java.util.Optional;
import org.newsgraph.CharSpan;
import org.newsgraph.lexicon.RoleLexicon;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Noun-phrase chunking on part-of-speech tags, enough to find who speaks: the phrase that ends
 * just before a cue verb, the phrase that starts just after one, and the role and organisation of
 * an appositive ("Peng Peng, executive chairman of the Guangdong Society of Reform"). Closed-class
 * words of English grammar (determiners, pronouns, prepositions) are the only words named here.
 */
final class NounPhrases {

  private final RoleLexicon roles;

  NounPhrases(RoleLexicon roles) {
    this.roles = roles;
  }

  static boolean isPronoun(Token t) {
    return t.pos().equals("PRP") && WordSet.SUBJECT_PRONOUN.contains(lower(t));
  }

  static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code t} is a noun: tagged NN*, or a word the tagger mis-tagged but the name finder
   * marks as part of a person's or organisation's name ("But Devine/JJ said", "Mike Lux/FW").
   */
  static boolean isNoun(Token t) {
    return t.posStartsWith("NN") || isWord(t) && (t.ner().equals("PERSON")
        || t.ner().equals("ORGANIZATION")) && (t.pos().startsWith("JJ") || t.pos().startsWith("VB")
        || t.pos().equals("FW") || t.pos().startsWith("RB"));
  }

  /**
   * Whether token {@code k} ends an age that stands for a person: "46-year-old" as one token, or
   * as the tokenizer splits it, a number, a hyphen, a unit noun, a hyphen and "old" ("the 46 -
   * year - old said").
   */
  static boolean isAgeEnd(Sentence s, int k) {
    Token t = s.token(k);
    if (!t.pos().startsWith("JJ")) {
      return false;
    }
    String w = lower(t);
    return w.endsWith("-old") || w.equals("old") && k >= 3 && isHyphen(s.token(k - 1))
        && isNoun(s.token(k - 2)) && isHyphen(s.token(k - 3));
  }

  private static boolean isHyphen(Token t) {
    return t.pos().equals("HYPH") || t.text().equals("-");
  }

  /** Whether {@code t} is a preposition that links a role to its organisation ("of", "at"). */
  static boolean isRolePreposition(Token t) {
    return t.pos().equals("IN") && WordSet.ROLE_PREPOSITION.contains(lower(t));
  }

  /** Whether the token's NER tag names a place (a location, city, state or country). */
  static boolean isPlace(Token t) {
    String n = t.ner();
    return n.equals("LOCATION") || n.equals("CITY") || n.equals("STATE_OR_PROVINCE")
        || n.equals("COUNTRY");
  }

  static boolean isProper(Token t) {
    return t.posStartsWith("NNP");
  }

  static boolean isQuoteMark(Token t) {
    String x = t.text();
    return x.equals("“") || x.equals("”") || x.equals("\"") || x.equals("‘") || x.equals("’")
        || x.equals("'") || x.equals("``") || x.equals("''") || x.equals("«") || x.equals("»")
        || x.equals("„");
  }

  /**
   * Whether {@code words} hold quoted words: a double quotation mark or an opening single one. A
   * plain or closing single mark is mostly an apostrophe ("the board's"), which quotes nothing.
   */
  static boolean holdsQuotation(String words) {
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      if (c == '“' || c == '”' || c == '"' || c == '‘') {
        return true;
      }
    }
    return false;
  }

  static boolean isPunct(Token t) {
    return !t.text().isEmpty() && !Character.isLetterOrDigit(t.text().codePointAt(0));
  }

  /** Whether {@code t} starts with a letter or digit. */
  static boolean isWord(Token t) {
    return !t.text().isEmpty() && Character.isLetterOrDigit(t.text().codePointAt(0));
  }

  /** Whether {@code t} may stand inside a noun phrase. */
  static boolean inPhrase(Token t) {
    String p = t.pos();
    return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("CD")
        || p.equals("PRP$") || p.equals("POS") || p.equals("HYPH") || p.equals("FW")
        || p.equals("NNPS") || (t.text().equals("’s") || t.text().equals("'s"));
  }

  /**
   * Whether token {@code k} is a bare apostrophe of a plural possessive ("Sanders’ aides"): ’ or '
   * attached to a noun that ends in "s". The tagger may read it as a closing quote.
   */
  static boolean isPossessiveMark(Sentence s, int k) {
    if (k < 1) {
      return false;
    }
    Token t = s.token(k);
    Token before = s.token(k - 1);
    String w = before.text();
    return (t.text().equals("’") || t.text().equals("'")) && before.end() == t.start()
        && isNoun(before) && !w.isEmpty() && Character.toLowerCase(w.charAt(w.length() - 1)) == 's';
  }

  /** The first token of the phrase that ends at token {@code end}. */
  static int startLeft(Sentence s, int end) {
    int k = end;
    while (k - 1 >= 0) {
      Token prev = s.token(k - 1);
      Token cur = s.token(k);
      if (cur.pos().equals("DT") || cur.pos().equals("PRP$")) {
        break; // a determiner opens the phrase
      }
      if (inPhrase(prev) && !TokenRules.isSpacedHyphen(s, k - 1) || isPossessiveMark(s, k - 1)) {
        k--;
      } else if (lower(prev).equals("of") && k - 2 >= 0 && isNoun(s.token(k - 2))) {
        k--;
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * Whether token {@code k} is an "-ing" form tagged as a singular noun that opens a modifier (a
   * preposition or "to" follows): "activists clamoring to", "groups pushing for".
   */
  static boolean isNounTaggedParticiple(Sentence s, int k) {
    Token t = s.token(k);
    if (k + 1 >= s.size() || !t.pos().equals("NN") || !lower(t).endsWith("ing")) {
      return false;
    }
    String next = s.token(k + 1).pos();
    return next.equals("TO") || next.equals("IN");
  }

  /** The last token of the phrase that starts at token {@code start}. */
  static int endRight(Sentence s, int start) {
    int k = start;
    while (k + 1 < s.size()) {
      Token next = s.token(k + 1);
      Token cur = s.token(k);
      if ((next.pos().equals("DT") || next.pos().equals("PRP$")) && k >= start) {
        break; // a new phrase starts
      }
      if (inPhrase(next) && !TokenRules.isSpacedHyphen(s, k + 1)) {
        k++;
      } else if (lower(next).equals("of") && isNoun(cur) && k + 2 < s.size()
          && (inPhrase(s.token(k + 2)))) {
        k += 2;
        if (s.token(k).pos().equals("DT")) {
          continue;
        }
      } else {
        break;
      }
    }
    return k;
  }

  /** The pronoun at token {@code k} as a speaker phrase, its gender from the word. */
  static SpeakerPhrase pronoun(AnalyzedText text, Sentence s, int k) {
    return new SpeakerPhrase(text.span(s, k, k), SpeakerPhrase.Form.PRONOUN, true,
        Gender.ofPronoun(s.token(k).text()), Optional.empty(), Optional.empty());
  }

  /** Whether {@code t} is a personal pronoun in its object form ("him", "her", "them"). */
  static boolean isObjectPronoun(Token t) {
    return (t.pos().equals("PRP") || t.pos().equals("PRP$"))
        && WordSet.OBJECT_PRONOUN.contains(lower(t));
  }

  /** A speaker phrase for tokens {@code [from, to]} of {@code s}, if they can name a speaker. */
  Optional<SpeakerPhrase> speaker(AnalyzedText text, Sentence s, int from, int to) {
    if (from > to || from < 0 || to >= s.size()) {
      return Optional.empty();
    }
    Token first = s.token(from);
    if (from == to && isPronoun(first)) {
      return Optional.of(pronoun(text, s, from));
    }
    boolean definite = WordSet.DEFINITE.contains(lower(first)) || first.pos().equals("PRP$")
        || first.pos().equals("POS");
    Token last = s.token(to);
    boolean age = isAgeEnd(s, to) && from < to;
    if (!isNoun(last) && !last.posStartsWith("CD") && !age) {
      return Optional.empty(); // but "the 46-year-old said": an age stands for a person
    }
    if (isProper(last) || last.isNamed()) {
      // the name is the last run of proper nouns / named tokens
      int a = to;
      while (a - 1 >= from && (isProper(s.token(a - 1)) || s.token(a - 1).isNamed()
          && !s.token(a - 1).pos().equals("POS"))
          && !roles.isRole(s.token(a - 1).text())) {
        a--;
      }
      // titles before the name: "President Xi Jinping", "Spokeswoman Haley Morris"
      Optional<String> role = Optional.empty();
      Gender g = Gender.UNKNOWN;
      int r = a - 1;
      while (r >= from && roles.isRole(s.token(r).text())) {
        r--;
      }
      if (r < a - 1) {
        role = Optional.of(text.span(s, r + 1, a - 1).text());
        g = roles.gender(s.token(a - 1).text());
      }
      Optional<CharSpan> org = Optional.empty();
      if (role.isPresent()) {
        int o = r;
        while (o >= from && (isProper(s.token(o)) || s.token(o).pos().equals("POS"))) {
          o--;
        }
        int oe = r;
        while (oe > o && s.token(oe).pos().equals("POS")) {
          oe--;
        }
        if (oe > o) {
          org = Optional.of(text.span(s, o + 1, oe));
        }
      }
      return Optional.of(new SpeakerPhrase(text.span(s, a, to), SpeakerPhrase.Form.NAME, true, g,
          role, org));
    }
    Gender g = roles.gender(last.text());
    int a = from;
    return Optional.of(new SpeakerPhrase(text.span(s, a, to), SpeakerPhrase.Form.DESCRIPTION,
        definite, g, Optional.empty(), Optional.empty()));
  }

  /**
   * Whether {@code t} heads a phrase that names a source by its noun: a role, group, organisation
   * or document noun of {@code roles.tsv} ("official", "delegates", "ministry", "report").
   */
  boolean isSourceNoun(Token t) {
    return roles.kindOfHead(t.text()).or(() -> roles.kindOfHead(t.lemma())).isPresent();
  }

  /** Whether the phrase {@code [from, to]} is headed by a role noun ("the economist"). */
  boolean headIsRole(Sentence s, int to) {
    return roles.isRole(s.token(to).text());
  }

  /**
   * Role and organisation from an appositive {@code [from, to]}: "executive chairman of the
   * Guangdong Society of Reform" gives ("executive chairman", "Guangdong Society of Reform").
   * Empty unless the appositive holds a role noun.
   */
  Optional<Appositive> appositive(AnalyzedText text, Sentence s, int from, int to) {
    if (from > to) {
      return Optional.empty();
    }
    int prep = -1;
    int roleHead = -1;
    for (int k = from; k <= to; k++) {
      Token t = s.token(k);
      if (prep < 0 && WordSet.ROLE_PREPOSITION.contains(lower(t)) && t.pos().equals("IN")) {
        prep = k;
      } else if (prep < 0 && roles.isRole(t.text())) {
        roleHead = k;
      }
      if (t.posStartsWith("VB") && !t.pos().equals("VBN") && !t.pos().equals("VBG")) {
        return Optional.empty(); // a clause, not an appositive
      }
    }
    if (roleHead < 0) {
      return Optional.empty();
    }
    int rs = from;
    while (rs < roleHead && (s.token(rs).pos().equals("DT"))) {
      rs++;
    }
    int re = prep < 0 ? to : prep - 1;
    Optional<CharSpan> org = Optional.empty();
    if (prep >= 0 && prep < to) {
      int os = prep + 1;
      while (os < to && s.token(os).pos().equals("DT")) {
        os++;
      }
      int oe = endRight(s, os);
      org = Optional.of(text.span(s, os, Math.min(oe, to)));
    }
    return Optional.of(new Appositive(text.span(s, rs, re).text(), org));
  }

  /** The role text and organisation span of an appositive. */
  record Appositive(String role, Optional<CharSpan> organization) {}
}
