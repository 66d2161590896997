package org.newsgraph.quotes;

import static org.newsgraph.quotes.TokenRules.isDash;
import static org.newsgraph.quotes.TokenRules.isQuantifier;
import static org.newsgraph.quotes.TokenRules.isRelative;
import static org.newsgraph.quotes.TokenRules.skipParen;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.newsgraph.CharSpan;
import org.newsgraph.quotes.SpeakerFinder.Subject;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The ways a cue's subject stands left of it, as {@link SpeakerFinder#subjectLeft} tries them: in
 * declaration order, the first pattern that {@link #applies} to the last token before the cue
 * (past time words and auxiliaries) decides the subject, or decides that there is none. This enum
 * is the one place a new subject pattern goes; {@code SubjectPatternTableTest} holds a row for
 * each. Each pattern looks at a few tokens left of the cue (an aside at most {@link
 * SpeakerFinder#MAX_APPOSITIVE} long).
 */
enum SubjectPattern {
  /** "Roughly 3 in 10 expect ...": a share of people. */
  SHARE_OF_NUMBER {
    @Override
    boolean applies(Sentence s, int j) {
      return s.token(j).pos().equals("CD") && j >= 2 && s.token(j - 1).pos().equals("IN")
          && s.token(j - 2).pos().equals("CD");
    }

    @Override
    Optional<Subject> subject(SpeakerFinder f, AnalyzedText text, Sentence s, int j) {
      int start = j - 2 > 0 && s.token(j - 3).pos().startsWith("RB") ? j - 3 : j - 2;
      return f.phrase(text, s, start, j);
    }
  },
  /** "Harbour trustees — whose board was once trusted — both suggested": the noun before the aside. */
  DASH_ASIDE {
    @Override
    boolean applies(Sentence s, int j) {
      return isDash(s.token(j)) && j >= 2;
    }

    @Override
    Optional<Subject> subject(SpeakerFinder f, AnalyzedText text, Sentence s, int j) {
      for (int k = j - 1; k >= Math.max(1, j - SpeakerFinder.MAX_APPOSITIVE); k--) {
        if (NounPhrases.isQuoteMark(s.token(k))) {
          break;
        }
        if (isDash(s.token(k))) {
          int m = k - 1;
          if (NounPhrases.isNoun(s.token(m))) {
            return f.phrase(text, s, NounPhrases.startLeft(s, m), m);
          }
          break;
        }
      }
      return Optional.empty();
    }
  },
  /** "He shook hands ... and asked workers if ...": the subject of the first clause. */
  COORDINATED_CLAUSE {
    @Override
    boolean applies(Sentence s, int j) {
      return s.token(j).pos().equals("CC") && j > 0;
    }

    @Override
    Optional<Subject> subject(SpeakerFinder f, AnalyzedText text, Sentence s, int j) {
      return f.firstSubjectAt(text, s, j);
    }
  },
  /** "Mayor Ilse Brandvold (Green), said": the name before a parenthesis. */
  NAME_BEFORE_PARENTHESIS {
    @Override
    boolean applies(Sentence s, int j) {
      if (!s.token(j).text().equals(",") || j == 0 || !s.token(j - 1).text().equals(")")) {
        return false;
      }
      int k = skipParen(s, j - 1);
      return k >= 0 && NounPhrases.isNoun(s.token(k));
    }

    @Override
    Optional<Subject> subject(SpeakerFinder f, AnalyzedText text, Sentence s, int j) {
      int k = skipParen(s, j - 1);
      return f.phrase(text, s, NounPhrases.startLeft(s, k), k);
    }
  },
  /** "She said": a personal pronoun. */
  PRONOUN {
    @Override
    boolean applies(Sentence s, int j) {
      return NounPhrases.isPronoun(s.token(j));
    }

    @Override
    Optional<Subject> subject(SpeakerFinder f, AnalyzedText text, Sentence s, int j) {
      return f.phrase(text, s, j, j);
    }
  },
  /**
   * "Several said they would prefer ...", "One says Tarvik has the best": a share of a group
   * named before speaks.
   */
  SHARE_WORD {
    @Override
    boolean applies(Sentence s, int j) {
      Token tj = s.token(j);
      return (tj.pos().equals("CD") || SHARE_SUBJECTS.contains(NounPhrases.lower(tj)))
          && (j == 0 || TokenRules.opensClause(s.token(j - 1)));
    }

    @Override
    Optional<Subject> subject(SpeakerFinder f, AnalyzedText text, Sentence s, int j) {
      return Optional.of(new Subject(j, share(text, s, j, j)));
    }
  },
  /** "most of them said", "some of us think": the share of a group speaks. */
  SHARE_OF_PRONOUN {
    @Override
    boolean applies(Sentence s, int j) {
      return s.token(j).pos().equals("PRP") && j >= 2
          && NounPhrases.lower(s.token(j - 1)).equals("of") && isQuantifier(s.token(j - 2));
    }

    @Override
    Optional<Subject> subject(SpeakerFinder f, AnalyzedText text, Sentence s, int j) {
      return Optional.of(new Subject(j - 2, share(text, s, j - 2, j)));
    }
  },
  /**
   * "Peng, who chairs the society, said" / "an official who said": the mention is "who", standing
   * for the noun phrase before it.
   */
  RELATIVE_PRONOUN {
    @Override
    boolean applies(Sentence s, int j) {
      return isRelative(s.token(j)) && j >= 1;
    }

    @Override
    Optional<Subject> subject(SpeakerFinder f, AnalyzedText text, Sentence s, int j) {
      int k = j - 1;
      if (s.token(k).text().equals(",")) {
        k--;
      }
      if (k >= 0 && NounPhrases.isNoun(s.token(k))) {
        int start = NounPhrases.startLeft(s, k);
        CharSpan word = text.span(s, j, j);
        return f.phrase(text, s, start, k)
            .map(p -> new Subject(start, p.phrase().relative(word)));
      }
      return Optional.empty();
    }
  },
  /**
   * "Ding Shuang, chief Greater China economist at Standard Chartered Bank, said": a name and
   * its appositive ({@link AppositiveSubject}).
   */
  APPOSITIVE {
    @Override
    boolean applies(Sentence s, int j) {
      return s.token(j).text().equals(",");
    }

    @Override
    Optional<Subject> subject(SpeakerFinder f, AnalyzedText text, Sentence s, int j) {
      return f.appositive(text, s, j);
    }
  },
  /**
   * "The ministry said", "Engineers who spoke with the paper said", "Varga voters inside the arena
   * have cheered": the noun phrase before the cue, or its head before a place or a relative
   * clause.
   */
  NOUN_PHRASE {
    @Override
    boolean applies(Sentence s, int j) {
      return NounPhrases.isNoun(s.token(j));
    }

    @Override
    Optional<Subject> subject(SpeakerFinder f, AnalyzedText text, Sentence s, int j) {
      return f.nounPhraseSubject(text, s, j);
    }
  };

  /** Quantifiers of English grammar that stand alone for a share of a group ("Several said"). */
  private static final ImmutableSet<String> SHARE_SUBJECTS =
      ImmutableSet.of("several", "many", "few", "some", "all", "both", "most", "none");

  /** Whether the pattern holds with token {@code j} the last before the cue. */
  abstract boolean applies(Sentence s, int j);

  /** The subject the pattern reads, or none (then no later pattern is tried). */
  abstract Optional<Subject> subject(SpeakerFinder f, AnalyzedText text, Sentence s, int j);

  /** The first pattern that applies with token {@code j} the last before the cue, if any. */
  static Optional<SubjectPattern> first(Sentence s, int j) {
    for (SubjectPattern p : values()) {
      if (p.applies(s, j)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** A share of a group as a description with no role: "Several", "most of them". */
  private static SpeakerPhrase share(AnalyzedText text, Sentence s, int from, int to) {
    return new SpeakerPhrase(text.span(s, from, to), SpeakerPhrase.Form.DESCRIPTION, false,
        Gender.UNKNOWN, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
