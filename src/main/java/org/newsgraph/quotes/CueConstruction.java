package org.newsgraph.quotes;

import java.util.Optional;
import org.newsgraph.CharSpan;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * What a cue's reported content is, read from the tokens after the cue: a finite clause ("said
 * the plan failed"), a "that"-clause, quoted words or a colon ({@link Kind#REPORTING}: the
 * reporting constructions), or only an infinitive ("wants to win"), a "wh"-clause ("knows what
 * comes next") or a noun phrase ("listed the unit", "challenges their cooperation"). Content that
 * stands before its cue ("..., Peng said") is a reporting construction: the rules only find it
 * before a cue when it is a clause of its own.
 */
public final class CueConstruction {

  /** The kinds of complement a cue may have. */
  public enum Kind {
    /** A finite clause, "that"-clause, quoted content or colon: the cue reports. */
    REPORTING,
    /** "to" and a verb: a plan or wish ("wants to win"). */
    INFINITIVE,
    /** "what", "whether", "how", ...: an embedded question. */
    QUESTION,
    /**
     * A noun phrase and the participle that tells what it does, with no finite verb: "found the
     * mayor leading by six points" (a small clause).
     */
    SMALL_CLAUSE,
    /** A noun phrase with no verb of its own: "listed the unit", "challenges their cooperation". */
    NOUN_PHRASE
  }

  private CueConstruction() {}

  /** The construction of {@code content} after the cue {@code cue} in {@code text}. */
  static Kind of(AnalyzedText text, CharSpan cue, CharSpan content) {
    if (content.start() < cue.start()) {
      return Kind.REPORTING; // "..., Peng said": the content before its cue
    }
    Optional<Sentence> at = text.sentenceAt(content.start());
    if (at.isEmpty()) {
      return Kind.REPORTING;
    }
    Sentence s = at.get();
    // what stands between the cue and the content: "that", a colon, a quotation mark
    for (int i = cue.end(); i < content.start() && i < text.text().length(); i++) {
      char c = text.text().charAt(i);
      if (c == ':' || c == '“' || c == '"' || c == '‘') {
        return Kind.REPORTING;
      }
    }
    int first = -1;
    boolean finite = false;
    for (int k = 0; k < s.size(); k++) {
      Token t = s.token(k);
      if (t.end() <= content.start()) {
        if (t.start() >= cue.end() && NounPhrases.lower(t).equals("that")) {
          return Kind.REPORTING;
        }
        continue;
      }
      if (t.start() >= content.end()) {
        break;
      }
      if (first < 0) {
        first = k;
      }
      String p = t.pos();
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
        finite = true;
      }
    }
    if (first < 0) {
      return Kind.REPORTING;
    }
    Token t0 = s.token(first);
    String w0 = NounPhrases.lower(t0);
    if (w0.equals("that") || NounPhrases.isQuoteMark(t0) || w0.equals(":")) {
      return Kind.REPORTING;
    }
    if (w0.equals("to") && first + 1 < s.size() && s.token(first + 1).pos().equals("VB")) {
      return Kind.INFINITIVE;
    }
    if (WordSet.QUESTION_WORD.contains(w0)) {
      return Kind.QUESTION;
    }
    if (text.text().substring(content.start(), content.end()).indexOf('“') >= 0
        || text.text().substring(content.start(), content.end()).indexOf('"') >= 0) {
      return Kind.REPORTING; // quoted words inside
    }
    if (finite) {
      return Kind.REPORTING;
    }
    return participleAfterNounPhrase(s, first, content) ? Kind.SMALL_CLAUSE : Kind.NOUN_PHRASE;
  }

  /**
   * Whether the content opening at token {@code first} is a noun phrase (or pronoun) right followed
   * by a present participle: "the mayor leading", "them winning".
   */
  private static boolean participleAfterNounPhrase(Sentence s, int first, CharSpan content) {
    Token t = s.token(first);
    int end = NounPhrases.isPronoun(t) ? first
        : NounPhrases.inPhrase(t) ? NounPhrases.endRight(s, first) : -1;
    return end >= first && end + 1 < s.size() && s.token(end + 1).start() < content.end()
        && s.token(end + 1).pos().equals("VBG");
  }
}
