package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.CueKind;
import org.newsgraph.ModelFile;
import org.newsgraph.quotes.CueConstruction;
import org.newsgraph.text.Sentence;

/**
 * The speech and attribution cues of {@code models/speech-cues.tsv}: verbs of saying and thinking
 * (matched on lemmas), phrases that introduce a source ("according to") or an outlet ("quoted by"),
 * document nouns ("statement") and the name words that mark a news outlet ("agency"). Immutable.
 */
public final class SpeechCueLexicon {

  /** What a cue does. */
  public enum CueClass {
    /** A verb of saying: may attribute a direct quote and may stand after its content. */
    SPEECH,
    /** A verb of thinking, wanting or judging: needs a subject before it and a clause after. */
    THOUGHT,
    /** A phrase followed by the source: "according to X". */
    SOURCE_AFTER,
    /** A phrase followed by an outlet that passed the words on: "quoted by X". */
    OUTLET_AFTER,
    /** A noun for a document an organisation speaks through: "an NDRC statement". */
    DOCUMENT,
    /** A word that marks a name as a news outlet's: "Yonhap News Agency". */
    OUTLET_WORD,
    /** A word that heads a time expression, never a speaker: "Tuesday", "month". */
    TIME_WORD,
    /** A noun of saying or thinking with its owner as source: "his claim that ...". */
    CLAIM
  }

  /** A multi-word phrase cue. */
  public record Phrase(ImmutableList<String> words, CueClass cueClass) {}

  private static final Splitter SPACE = Splitter.on(' ').omitEmptyStrings();

  /** The word lists of the file besides the verbs and phrases, and the verb flags. */
  /** What a word of the lexicon is marked as (the flags and classes of {@code speech-cues.tsv}). */
  public enum Mark {
    /** A verb whose addressee stands before its clause ("told reporters that"). */
    OBJECT_VERB,
    /**
     * A verb that reports only through "about", "of", "on" or "that" ("spoke about the case"), so
     * that "spoke to reporters at a rally" reports nothing.
     */
    TOPIC_VERB,
    /** A verb that never stands before its speaker ("told X" names an addressee). */
    FORWARD_VERB,
    /**
     * A verb whose agentless passive before "to" reports an unnamed source's expectation ("is
     * expected to win").
     */
    PASSIVE_TO_VERB,
    /**
     * A verb of asking whose participle or agentless passive before an embedded question, "about"
     * or "to" reports the question ("Asked whether ..., Ortiz said", "was asked about the plan").
     */
    QUESTION_VERB,
    /** An aspect verb before "to" ("continued to play"): no cue there. */
    ASPECT_VERB,
    /**
     * A verb of telling whose subject is a source whatever its noun ("the sign says", "the
     * ranking reveals"): what says or tells something states it.
     */
    SOURCE_VERB,
    /**
     * A verb that reports what is asked for after "for" ("called for a ban", "called for Ortiz
     * to step aside"): the words after "for" are its content.
     */
    FOR_VERB,
    /** A document noun ("statement", "report"). */
    DOCUMENT_NOUN,
    /**
     * A document its speaker issues ("statement", "release"): "X said ..., according to a
     * statement" names the medium of X's words.
     */
    MEDIUM_NOUN,
    /** A word that marks a news outlet's name ("agency", "news"). */
    OUTLET_WORD,
    /** A word that heads a time expression ("Tuesday", "month"), never a speaker. */
    TIME_WORD,
    /** A noun of saying or thinking ("claim", "promise", "decision"). */
    CLAIM_NOUN,
    /**
     * A claim noun that reports what is asked for after "for" ("her call for a recount", "the
     * union's demand for a raise"): the words after "for" are its content.
     */
    FOR_NOUN
  }

  private final ImmutableMap<String, CueClass> verbs;
  /** The phrase cues, matched on the tokens' text. */
  private final TokenPhraseMatcher<Phrase> phrases;
  /** Each mark's words (lower case). */
  private final ImmutableSetMultimap<Mark, String> marks;
  private final ImmutableMap<String, CueKind> kinds;
  private final ImmutableSet<String> constructions;

  private SpeechCueLexicon(
      Map<String, CueClass> verbs,
      TokenPhraseMatcher<Phrase> phrases,
      ImmutableSetMultimap<Mark, String> marks,
      Map<String, CueKind> kinds,
      Set<String> constructions) {
    this.verbs = ImmutableMap.copyOf(verbs);
    this.phrases = phrases;
    this.marks = marks;
    this.kinds = ImmutableMap.copyOf(kinds);
    this.constructions = ImmutableSet.copyOf(constructions);
  }

  /**
   * Reads {@link ModelFile#SPEECH_CUES}. Columns: cue, kind ({@code verb}, {@code phrase}, {@code
   * noun} or {@code word}), class ({@code speech}, {@code thought}, {@code source-after}, {@code
   * outlet-after}, {@code document}, {@code claim}, {@code outlet}, {@code time}), flags ({@code
   * object}: the verb's addressee stands before its clause; {@code topic}: the verb reports only
   * through "about", "of", "on" or "that", so "spoke to reporters" reports nothing; {@code
   * forward}: the verb never stands before its speaker, so "..., told AFP" names an addressee,
   * not a speaker; {@code aspect}: before "to" the verb only says that an action goes on
   * or starts ("continued to play"), so it is no cue there; {@code passive}: its agentless
   * passive before "to" reports an unnamed source's expectation ("is expected to win"); {@code
   * question}: its participle or agentless passive before an embedded question, "about" or "to"
   * reports the question ("Asked whether ..."); {@code source}: its subject is a source whatever
   * its noun ("the sign says"); {@code for}: what it asks for after "for" is its content ("called
   * for a ban"); {@code np}, {@code to}, {@code wh}, {@code small}: the verb also reports with a noun phrase,
   * an infinitive, an embedded question or a small clause ("found the mayor leading") after it (see {@link #reportsWith}); on a {@code document} noun, {@code medium}: a document its speaker issues, so
   * "X said ..., according to a statement" names X's medium, not another source; on a {@code
   * claim} noun, {@code for}: what it asks for after "for" is its content, "her call for a
   * recount"), report ({@code
   * speech}, {@code thought} or {@code evidence}: the {@link CueKind} of a verb, claim noun or
   * source phrase; when empty, a {@code thought} verb reports THOUGHT and every other cue SPEECH).
   * A later line overrides an earlier one.
   */
  public static SpeechCueLexicon load(ModelFiles files) {
    checkNotNull(files, "files");
    Map<String, CueClass> verbs = new HashMap<>();
    TokenPhraseMatcher.Builder<Phrase> phrases = TokenPhraseMatcher.textBuilder();
    ImmutableSetMultimap.Builder<Mark, String> marks = ImmutableSetMultimap.builder();
    Map<String, CueKind> kinds = new HashMap<>();
    Set<String> constructions = new LinkedHashSet<>();
    for (DataLine line : files.lines(ModelFile.SPEECH_CUES)) {
      String cue = line.field(0).toLowerCase(Locale.ROOT);
      String kind = line.field(1);
      CueClass cls = parseClass(line, line.field(2));
      if (cue.isEmpty()) {
        throw line.error("empty cue");
      }
      Optional<CueKind> report = parseReport(line, line.optionalField(4));
      if (report.isPresent() && !(kind.equals("verb") || kind.equals("phrase")
          || kind.equals("noun") && cls == CueClass.CLAIM)) {
        throw line.error("a report kind goes with a verb, a phrase or a claim noun, not a "
            + line.field(2) + " " + kind);
      }
      if (kind.equals("verb") || kind.equals("phrase") || cls == CueClass.CLAIM) {
        kinds.put(kindKey(kind, cue),
            report.orElse(cls == CueClass.THOUGHT ? CueKind.THOUGHT : CueKind.SPEECH));
      }
      switch (kind) {
        case "verb" -> {
          requireClass(line, cls, CueClass.SPEECH, CueClass.THOUGHT);
          verbs.put(cue, cls);
          for (String flag : line.listField(3)) {
            switch (flag) {
              case "object" -> marks.put(Mark.OBJECT_VERB, cue);
              case "topic" -> marks.put(Mark.TOPIC_VERB, cue);
              case "forward" -> marks.put(Mark.FORWARD_VERB, cue);
              case "aspect" -> marks.put(Mark.ASPECT_VERB, cue);
              case "passive" -> marks.put(Mark.PASSIVE_TO_VERB, cue);
              case "question" -> marks.put(Mark.QUESTION_VERB, cue);
              case "source" -> marks.put(Mark.SOURCE_VERB, cue);
              case "for" -> marks.put(Mark.FOR_VERB, cue);
              case "np" -> constructions.add(cue + ":" + CueConstruction.Kind.NOUN_PHRASE);
              case "to" -> constructions.add(cue + ":" + CueConstruction.Kind.INFINITIVE);
              case "wh" -> constructions.add(cue + ":" + CueConstruction.Kind.QUESTION);
              case "small" -> constructions.add(cue + ":" + CueConstruction.Kind.SMALL_CLAUSE);
              default -> throw line.error("unknown flag '" + flag
                  + "' (known: object, topic, forward, aspect, passive, question, source, for,"
                  + " np, to, wh, small)");
            }
          }
        }
        case "phrase" -> {
          requireClass(line, cls, CueClass.SOURCE_AFTER, CueClass.OUTLET_AFTER);
          ImmutableList<String> words = ImmutableList.copyOf(SPACE.split(cue));
          phrases.add(cue, new Phrase(words, cls));
        }
        case "noun" -> {
          requireClass(line, cls, CueClass.DOCUMENT, CueClass.CLAIM);
          marks.put(cls == CueClass.DOCUMENT ? Mark.DOCUMENT_NOUN : Mark.CLAIM_NOUN, cue);
          for (String flag : line.listField(3)) {
            if (flag.equals("medium") && cls == CueClass.DOCUMENT) {
              marks.put(Mark.MEDIUM_NOUN, cue);
            } else if (flag.equals("for") && cls == CueClass.CLAIM) {
              marks.put(Mark.FOR_NOUN, cue);
            } else {
              throw line.error("unknown flag '" + flag + "' for a " + line.field(2)
                  + " noun (known: medium, on document nouns; for, on claim nouns)");
            }
          }
        }
        case "word" -> {
          requireClass(line, cls, CueClass.OUTLET_WORD, CueClass.TIME_WORD);
          marks.put(cls == CueClass.OUTLET_WORD ? Mark.OUTLET_WORD : Mark.TIME_WORD, cue);
        }
        default -> throw line.error("kind must be verb, phrase, noun or word, not '" + kind + "'");
      }
    }
    return new SpeechCueLexicon(verbs, phrases.build(), marks.build(), kinds, constructions);
  }

  private static String kindKey(String kind, String cue) {
    return (kind.equals("verb") ? "v:" : kind.equals("phrase") ? "p:" : "n:") + cue;
  }

  private static Optional<CueKind> parseReport(DataLine line, String value) {
    return switch (value) {
      case "" -> Optional.empty();
      case "speech" -> Optional.of(CueKind.SPEECH);
      case "thought" -> Optional.of(CueKind.THOUGHT);
      case "evidence" -> Optional.of(CueKind.EVIDENCE);
      default -> throw line.error("report must be speech, thought or evidence, not '" + value
          + "'");
    };
  }

  /**
   * Whether the verb with this lemma reports in construction {@code k}: every verb in a reporting
   * construction (a finite clause, "that"-clause, quoted words or colon after it, or its content
   * before it); with a noun phrase, an infinitive or an embedded question only where its line
   * has the flag {@code np}, {@code to} or {@code wh} ("called him a liar", "wants to win",
   * "asked whether ..."), so "listed the unit" or "knows what comes next" report nothing unless
   * the data says so.
   */
  public boolean reportsWith(String lemma, CueConstruction.Kind k) {
    return k == CueConstruction.Kind.REPORTING
        || constructions.contains(lemma.toLowerCase(Locale.ROOT) + ":" + k);
  }

  /** What the verb with this lemma reports, if it is a verb cue. */
  public Optional<CueKind> verbKind(String lemma) {
    return Optional.ofNullable(kinds.get("v:" + lemma.toLowerCase(Locale.ROOT)));
  }

  /** What the claim noun with this lemma reports ("claim": SPEECH, "hope": THOUGHT), if it is one. */
  public Optional<CueKind> claimNounKind(String lemma) {
    return Optional.ofNullable(kinds.get("n:" + lemma.toLowerCase(Locale.ROOT)));
  }

  /** What the phrase cue {@code p} reports ("according to": SPEECH). */
  public CueKind phraseKind(Phrase p) {
    return kinds.getOrDefault("p:" + String.join(" ", p.words()), CueKind.SPEECH);
  }

  private static CueClass parseClass(DataLine line, String value) {
    return switch (value) {
      case "speech" -> CueClass.SPEECH;
      case "thought" -> CueClass.THOUGHT;
      case "source-after" -> CueClass.SOURCE_AFTER;
      case "outlet-after" -> CueClass.OUTLET_AFTER;
      case "document" -> CueClass.DOCUMENT;
      case "outlet" -> CueClass.OUTLET_WORD;
      case "time" -> CueClass.TIME_WORD;
      case "claim" -> CueClass.CLAIM;
      default -> throw line.error("class must be speech, thought, source-after, outlet-after,"
          + " document, claim, outlet or time, not '"
              + value + "'");
    };
  }

  private static void requireClass(DataLine line, CueClass cls, CueClass... allowed) {
    for (CueClass a : allowed) {
      if (a == cls) {
        return;
      }
    }
    throw line.error("class " + cls + " does not go with this kind");
  }

  /** The class of a verb cue with this lemma, if it is one. */
  public Optional<CueClass> verb(String lemma) {
    return Optional.ofNullable(verbs.get(lemma.toLowerCase(Locale.ROOT)));
  }

  /** The phrase cue starting at token {@code i} of {@code s}, the longest if several match. */
  public Optional<Phrase> phraseAt(Sentence s, int i) {
    return phrases.longestAt(s, i).map(TokenPhraseMatcher.Match::value);
  }

  /** Whether {@code word} (a lemma for verbs and nouns; any case) carries {@code mark}. */
  public boolean is(Mark mark, String word) {
    return marks.containsEntry(mark, word.toLowerCase(Locale.ROOT));
  }

  /** Number of verb cues, for diagnostics and tests. */
  public int verbCount() {
    return verbs.size();
  }
}
