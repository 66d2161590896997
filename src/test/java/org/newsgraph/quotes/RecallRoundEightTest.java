package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.quotes.QuoteTexts.assertRow;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.Mention;
import org.newsgraph.MentionKind;
import org.newsgraph.Quote;
import org.newsgraph.Speaker;
import org.newsgraph.SpeakerKind;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.text.AnalyzedText;

/**
 * Issue 14, eighth recall round, model-free on invented sentences (hand-built text: a space before
 * each comma): the turns of an interview transcript ({@code speaker-label}), a paragraph that opens
 * with a speaker's label in capitals and a colon, maybe after an opening quotation mark. The label
 * speaks when it names a person (tagged so, or a word of a person the article names) or, where
 * some label does, when it labels two turns or more; the turn's words are the rest of the
 * paragraph and the unlabelled paragraphs up to the next turn; nothing inside a turn is attributed
 * again; a label in capitals resolves to the person named with that surname. Labels that name no
 * one ("UPDATE:", a dateline in capitals, even where it recurs), a single label and one-letter
 * labels ("Q:") give no turn. A quotation that opens right after a clause's final mark starts the
 * next sentence. Words that go on after a cue's comma ("It is no surprise, Ortiz said, that ...")
 * run around the cue, unless a participle of its own or another verb of the lexicon follows. A
 * verb the tagger read as a participle right after the dash that closes an aside ("Veller — a
 * critic of the plan — said/VBN at a rally that ...") is the subject's simple past, and so is one
 * right after the comma that closes an aside after a name ("Lena Ortiz, the harbor pilot,
 * tweeted/VBN that ..."), unless "by" follows, and one right after "and" or "but" that follows a
 * finite past verb ("Ortiz thanked the crew and said/VBN ..."). One
 * row per rule and per negative case (name, then "first words | rule | cue | speaker" as in {@code
 * RecallFormsTest}, then the sentences, joined by "##"; "|" starts a paragraph).
 */
class RecallRoundEightTest {

  private static final String ROWS = """
      a label in capitals that names a person speaks its paragraph
        ## The levy will pass | direct/speaker-label | : | MARSH
        ## MARSH/NNP/PERSON :/: The/DT levy/NN will/MD pass/VB ./.
        ## |
        ## OKAFOR/NNP/PERSON :/: It/PRP will/MD not/RB ./.
      a label after an opening quotation mark
        ## The levy will pass | direct/speaker-label | : | JANE MARSH
        ## “/`` JANE/NNP/PERSON MARSH/NNP/PERSON :/: The/DT levy/NN will/MD pass/VB ./.
        ## |
        ## “/`` OKAFOR/NNP/PERSON :/: It/PRP will/MD not/RB ./.
      an interviewer the article does not name speaks where the label recurs in a dialogue
        ## Why now | direct/speaker-label | : | HOST || Because the port | direct/speaker-label
           | : | MARSH || And the cost | direct/speaker-label | : | HOST
        ## HOST/NN :/: Why/WRB now/RB ?/.
        ## |
        ## MARSH/NNP/PERSON :/: Because/IN the/DT port/NN needs/VBZ/O/need it/PRP ./.
        ## |
        ## HOST/NN :/: And/CC the/DT cost/NN ?/.
      negative: a verb inside a turn reports nothing of its own
        ## no more delays | none | |
        ## MARSH/NNP/PERSON :/: The/DT board/NN said/VBD/O/say no/DT more/JJR delays/NNS ./.
        ## |
        ## OKAFOR/NNP/PERSON :/: It/PRP will/MD not/RB ./.
      negative: a label that names no one gives no turn
        ## The vote moved | none | |
        ## UPDATE/NN :/: The/DT vote/NN moved/VBD/O/move to/TO Friday/NNP ./.
      negative: a once-used label that names no one gives no turn, even in a dialogue
        ## The mayor waves | none | |
        ## MARSH/NNP/PERSON :/: The/DT levy/NN will/MD pass/VB ./.
        ## |
        ## VIDEO/NN :/: The/DT mayor/NN waves/VBZ/O/wave to/TO the/DT crowd/NN ./.
      words that go on after the cue's comma run around the cue
        ## It is no surprise | indirect/parenthetical-cue | said | Ortiz
        ## It/PRP is/VBZ/O/be no/DT surprise/NN ,/, Ortiz/NNP/PERSON said/VBD/O/say ,/, that/IN
           the/DT port/NN lost/VBD/O/lose money/NN ./.
      negative: a participle after the cue's comma is an attribution of its own
        ## The levy will pass | indirect/content-name-cue | said | Ortiz || the board agreed
           | indirect/participle | adding | Ortiz
        ## The/DT levy/NN will/MD pass/VB/O/pass ,/, Ortiz/NNP/PERSON said/VBD/O/say ,/,
           adding/VBG/O/add that/IN the/DT board/NN agreed/VBD/O/agree ./.
      negative: another speaker's verb after the cue's comma keeps the words apart
        ## The levy will pass | indirect/content-name-cue | said | Ortiz || the rate is fair
           | indirect/subject-cue | say | experts
        ## The/DT levy/NN will/MD pass/VB/O/pass ,/, Ortiz/NNP/PERSON said/VBD/O/say ,/, and/CC
           experts/NNS/O/expert say/VBP/O/say the/DT rate/NN is/VBZ/O/be fair/JJ ./.
      a verb tagged as a participle after the dash that closes an aside is the subject's past
        ## the port should close | indirect/subject-cue | said | Tom Veller
        ## Tom/NNP/PERSON Veller/NNP/PERSON —/HYPH a/DT critic/NN of/IN the/DT plan/NN —/HYPH
           said/VBN/O/say at/IN a/DT rally/NN that/IN the/DT port/NN should/MD close/VB ./.
      negative: a participle right after an aside's opening dash stays a participle
        ## the board should rebuild | none | |
        ## It/PRP was/VBD/O/be a/DT plan/NN —/HYPH reported/VBN/O/report at/IN a/DT meeting/NN
           —/HYPH that/IN the/DT board/NN should/MD rebuild/VB the/DT pier/NN ./.
      the same after the comma that closes an aside after a name that opens the sentence
        ## the port is safe | indirect/subject-cue | tweeted | Lena Ortiz
        ## Lena/NNP/PERSON Ortiz/NNP/PERSON ,/, the/DT harbor/NN pilot/NN ,/, tweeted/VBN/O/tweet
           that/IN the/DT port/NN is/VBZ/O/be safe/JJ ./.
      negative: a participle with its agent after an aside's comma stays a participle
        ## by the Gazette | none | |
        ## Lena/NNP/PERSON Ortiz/NNP/PERSON ,/, the/DT harbor/NN pilot/NN ,/, quoted/VBN/O/quote
           by/IN the/DT Gazette/NNP as/IN saying/VBG/O/say nothing/NN ,/, left/VBD/O/leave ./.
      a cue tagged as a participle after "and" and a finite past verb is its coordinated past
        ## the port was safe | indirect/subject-cue | said | Ortiz
        ## Ortiz/NNP/PERSON thanked/VBD/O/thank the/DT crew/NN and/CC said/VBN/O/say the/DT
           port/NN was/VBD/O/be safe/JJ ./.
      negative: after a passive's auxiliary the participle stays a participle
        ## the port was safe | none | |
        ## The/DT crew/NN was/VBD/O/be thanked/VBN/O/thank and/CC said/VBN/O/say the/DT port/NN
           was/VBD/O/be safe/JJ ./.
      negative: one-letter labels of a question-and-answer page
        ## Why now | none | |
        ## Q/NN :/: Why/WRB now/RB ?/.
        ## |
        ## A/NN :/: Because/IN the/DT port/NN needs/VBZ/O/need it/PRP ./.
      """;

  /**
   * An answer of several paragraphs runs to the next turn, but not over a stage direction in
   * brackets; the last turn keeps only its own paragraph.
   */
  @Test
  void anAnswerRunsOverItsParagraphsToTheNextTurn() {
    List<Quote> qs = QuoteTexts.quotes(
        "HOST/NN :/: Why/WRB now/RB ?/.", "|",
        "MARSH/NNP/PERSON :/: The/DT port/NN needs/VBZ/O/need it/PRP ./.", "|",
        "It/PRP will/MD pay/VB/O/pay for/IN itself/PRP ./.", "|",
        "(/-LRB- CROSSTALK/NN )/-RRB-", "|",
        "HOST/NN :/: And/CC the/DT cost/NN ?/.", "|",
        "The/DT interview/NN was/VBD/O/be edited/VBN/O/edit ./.");
    Quote answer = QuoteTexts.startingWith("The port", qs);
    assertEquals("The port needs it .\n\nIt will pay for itself", answer.text());
    Quote last = QuoteTexts.startingWith("And the cost", qs);
    assertEquals("And the cost", last.text());
    assertTrue(qs.stream().noneMatch(q -> q.text().contains("CROSSTALK")), qs.toString());
  }

  /**
   * A quotation that opens right after the final mark of an aside's clause starts the next
   * sentence, though the splitter kept its opening mark with the sentence before: the clause ends
   * at its mark, and the quotation goes on with the direct quote's speaker.
   */
  @Test
  void aQuotationAfterAClausesFinalMarkIsNotTheClauses() {
    List<Quote> qs = QuoteTexts.quotes(
        "“/`` The/DT port/NN is/VBZ/O/be doomed/JJ ,/, ”/'' said/VBD/O/say Lena/NNP/PERSON"
            + " Ortiz/NNP/PERSON ,/, a/DT pilot/NN who/WP likened/VBD/O/liken the/DT plan/NN"
            + " to/TO a/DT shipwreck/NN ./. “/``",
        "It/PRP will/MD take/VB/O/take years/NNS to/TO recover/VB/O/recover ./. ”/''");
    assertEquals("the plan to a shipwreck", QuoteTexts.withCue("likened", qs)
        .orElseThrow(() -> new AssertionError(qs.toString())).text());
    Quote next = QuoteTexts.startingWith("It will take", qs);
    assertEquals("Lena Ortiz", QuoteTexts.speaker(next));
  }

  /** The words after the cue's comma belong to the same content as those before it. */
  @Test
  void wordsAroundACueAreOneContent() {
    List<Quote> qs = QuoteTexts.quotes("It/PRP is/VBZ/O/be no/DT surprise/NN ,/, Ortiz/NNP/PERSON"
        + " said/VBD/O/say ,/, that/IN the/DT port/NN lost/VBD/O/lose money/NN ./.");
    assertEquals("It is no surprise , Ortiz said , that the port lost money",
        QuoteTexts.withCue("said", qs).orElseThrow().text());
  }

  /**
   * A label in capitals resolves to the person the article names with that surname, so the turn's
   * speaker is that person (kind PERSON), though the label itself is no mention of the entity.
   */
  @Test
  void aLabelInCapitalsResolvesToThePersonNamedEarlier() {
    AnalyzedText t = QuoteTexts.of(
        "Mayor/NNP Jane/NNP/PERSON Marsh/NNP/PERSON spoke/VBD/O/speak on/IN the/DT radio/NN ./.",
        "|",
        "MARSH/NNP :/: The/DT levy/NN will/MD pass/VB ./.",
        "|",
        "OKAFOR/NNP/PERSON :/: It/PRP will/MD not/RB ./.");
    Mention named = new Mention(t.span(6, 16), MentionKind.NAME);
    ResolvedEntities people = ResolvedEntities.of(List.of(Entity.of("e1", EntityType.PERSON,
        Optional.empty(), "Jane Marsh", Optional.empty(), List.of(named))));
    Quote turn = QuoteTexts.startingWith("The levy",
        new QuoteExtractor(Lexicons.bundled()).extract(t, people));
    assertEquals("direct/speaker-label", turn.ruleName());
    Speaker sp = turn.speaker().orElseThrow();
    assertEquals("MARSH", sp.mention().text());
    assertEquals("Jane Marsh", sp.name());
    assertEquals(Optional.of("e1"), sp.entityId());
    assertEquals(SpeakerKind.PERSON, sp.kind());
  }

  /**
   * A dateline in capitals names a place, not a person, even where it recurs; a single label, even
   * one that names a person, is a dateline or a heading: no turn (whatever the headline rule does).
   */
  @Test
  void datelinesAndSingleLabelsAreNoTranscript() {
    assertTrue(noTurns(
        "HARBOURTOWN/NNP/CITY :/: The/DT port/NN reopened/VBD/O/reopen on/IN Monday/NNP ./.", "|",
        "HARBOURTOWN/NNP/CITY :/: Ortiz/NNP/PERSON left/VBD/O/leave early/RB ./."));
    assertTrue(noTurns(
        "KESTREL/NNP/PERSON :/: The/DT council/NN met/VBD/O/meet on/IN Monday/NNP ./.", "|",
        "It/PRP voted/VBD/O/vote to/TO close/VB/O/close the/DT pier/NN ./."));
  }

  private static boolean noTurns(String... sentences) {
    return new TranscriptRule().turns(QuoteTexts.of(sentences), ResolvedEntities.none()).isEmpty();
  }

  /**
   * In a transcript whose turns open with a quotation mark, a paragraph without one is the
   * article's own text again and ends the answer.
   */
  @Test
  void aQuotedTranscriptEndsWhereTheMarksStop() {
    assertEquals("The port needs it", QuoteTexts.startingWith("The port", QuoteTexts.quotes(
        "“/`` HOST/NN :/: Why/WRB now/RB ?/.", "|",
        "“/`` MARSH/NNP/PERSON :/: The/DT port/NN needs/VBZ/O/need it/PRP ./.", "|",
        "Marsh/NNP/PERSON left/VBD/O/leave early/RB ./.", "|",
        "“/`` HOST/NN :/: And/CC the/DT cost/NN ?/.")).text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theQuoteHasItsRuleCueAndSpeaker(String name, String expected, List<String> sentences) {
    assertRow(name, expected, sentences);
  }

  static List<Arguments> rows() {
    return QuoteTexts.table(ROWS);
  }
}
