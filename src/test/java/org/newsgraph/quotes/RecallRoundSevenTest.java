package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.quotes.QuoteTexts.assertRow;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Quote;

/**
 * Issue 14, seventh recall round, model-free on invented sentences (hand-built text: a space before
 * each comma): the subject of a verb of telling marked {@code source} in {@code speech-cues.tsv}
 * ("say", "tell", "ask", "reveal") is a source whatever its noun ("the old map says"), but a
 * generic "you" stays out and other verbs keep the source test; nouns for people, groups and
 * documents added to the role lexicon pass the source test; a verb marked {@code for} ("call",
 * "argue") reports what it asks for after "for" ("called for a boycott"), also where the tagger
 * reads it as a participle after the subject that opens the sentence; a clause of manner ("as
 * Okafor noted") after a conjunction or a comma reports the clause after its comma; a candidate
 * that the source or construction test drops does not compete for the words of the sentence; a
 * quote after a direct quote whose attribution ends in an aside with no clause of its own ("who
 * has accused the board of ...") goes on with the direct quote's speaker; "according to the most
 * recent data" keeps the adverb inside its source; "when asked whether ..." after a verb reports
 * the question put, as at the start of the sentence; a cue inside an opening time clause reports
 * only up to the clause's comma; a claim noun marked {@code for} ("call", "demand") with an owner
 * reports what is asked for ("Ortiz's call for a recount"); a participle's speaker is never a bare
 * time word ("Sunday, on the radio, while commenting ...") and an opening participle's main-clause subject may
 * carry a parenthesis ("Mayor Lena Ortiz (D) said"); a participle after a direct quote's cue stops
 * before a quotation that resumes the quote in the same sentence ("“A,” Vance wrote, explaining
 * why he left, “B.”"), which goes on with the quote's cue, unless its words before the mark are
 * only a phrase or a "that" clause the quotation completes. One row per rule and per negative case (name,
 * then "first words | rule | cue | speaker" as in {@code RecallFormsTest}, then the sentences,
 * joined by "##").
 */
class RecallRoundSevenTest {

  private static final String ROWS = """
      a thing that says something is a source
        ## the river ran east | indirect/subject-cue | says | The old map
        ## The/DT old/JJ map/NN says/VBZ/O/say the/DT river/NN ran/VBD/O/run east/RB ./.
      a thing that reveals something is a source
        ## the harbour was busier | indirect/subject-cue | reveals | The scoreboard
        ## The/DT scoreboard/NN reveals/VBZ/O/reveal that/IN the/DT harbour/NN
           was/VBD/O/be busier/JJR ./.
      negative: a thing that shows something still fails the source test
        ## the river ran east | none | |
        ## The/DT old/JJ map/NN showed/VBD/O/show the/DT river/NN ran/VBD/O/run east/RB ./.
      negative: a generic 'you' that says something stays out
        ## the river runs east | none | |
        ## You/PRP say/VBP/O/say the/DT river/NN runs/VBZ/O/run east/RB ,/, but/CC it/PRP
           does/VBZ/O/do not/RB ./.
      a justice is a person
        ## the law was fair | indirect/subject-cue | said | The justice
        ## The/DT justice/NN said/VBD/O/say the/DT law/NN was/VBD/O/be fair/JJ ./.
      photos are documents that show
        ## the crowd was large | indirect/subject-cue | suggest | The photos
        ## The/DT photos/NNS/O/photo suggest/VBP/O/suggest the/DT crowd/NN was/VBD/O/be large/JJ
           ./.
      an inner circle is a group of people
        ## he would run | indirect/subject-cue | believes | His inner circle
        ## His/PRP$ inner/JJ circle/NN believes/VBZ/O/believe he/PRP would/MD run/VB/O/run ./.
      what a verb marked 'for' asks for is its content
        ## a boycott of the mall | indirect/subject-cue | called | Lena Ortiz
        ## Mayor/NNP Lena/NNP/PERSON Ortiz/NNP/PERSON called/VBD/O/call for/IN a/DT boycott/NN
           of/IN the/DT mall/NN ./.
      the addressee and infinitive after 'for' are the content too
        ## the mayor to resign | indirect/subject-cue | called | Ortiz
        ## Ortiz/NNP/PERSON called/VBD/O/call for/IN the/DT mayor/NN to/TO resign/VB/O/resign ./.
      'called for' read as a participle after the opening subject is the simple past
        ## a vote on the plan | indirect/subject-cue | called | The chairman
        ## The/DT chairman/NN called/VBN/O/call for/IN a/DT vote/NN on/IN the/DT plan/NN ./.
      negative: a reduced relative before the main verb asks for nothing
        ## jury duty | none | |
        ## The/DT man/NN called/VBN/O/call for/IN jury/NN duty/NN was/VBD/O/be late/JJ ./.
      negative: a verb not marked 'for' reports no noun phrase after 'for'
        ## a new park | none | |
        ## Ortiz/NNP/PERSON hoped/VBD/O/hope for/IN a/DT new/JJ park/NN ./.
      a clause of manner after a conjunction opens its clause
        ## those voters will give | indirect/parenthetical-cue | noted | Okafor
        ## But/CC as/IN Okafor/NNP/PERSON noted/VBD/O/note ,/, those/DT voters/NNS will/MD
           give/VB/O/give the/DT mayor/NN a/DT look/NN ./.
      a clause of manner after a comma and a conjunction
        ## staff can still be fired | indirect/parenthetical-cue | noted | Ortiz
        ## The/DT rules/NNS are/VBP/O/be strict/JJ ,/, and/CC as/IN Ortiz/NNP/PERSON
           noted/VBD/O/note ,/, staff/NN can/MD still/RB be/VB/O/be fired/VBN/O/fire ./.
      negative: 'as' inside a clause opens no clause of manner
        ## staff can still be fired | none | |
        ## The/DT rules/NNS grew/VBD/O/grow strict/JJ as/IN Ortiz/NNP/PERSON noted/VBD/O/note ,/,
           staff/NN can/MD still/RB be/VB/O/be fired/VBN/O/fire ./.
      a quote after a direct quote's noun-phrase aside goes on with the quote's speaker
        ## I blame the mayor | direct/same-paragraph | said | Tom Veller
        ## “/`` Do/VBP they/PRP read/VB ?/. ”/'' said/VBD/O/say Tom/NNP/PERSON Veller/NNP/PERSON ,/,
           an/DT organizer/NN who/WP has/VBZ/O/have accused/VBN/O/accuse the/DT board/NN of/IN
           hiding/VBG/O/hide its/PRP$ plans/NNS ./.
        ## “/`` I/PRP blame/VBP/O/blame the/DT mayor/NN for/IN this/DT ./. ”/''
      negative: after an aside that reports a clause, the quote goes on with the aside
        ## I blame the mayor | direct/same-paragraph | said | who
        ## “/`` Do/VBP they/PRP read/VB ?/. ”/'' said/VBD/O/say Tom/NNP/PERSON Veller/NNP/PERSON ,/,
           an/DT organizer/NN who/WP also/RB said/VBD/O/say the/DT board/NN must/MD change/VB ./.
        ## “/`` I/PRP blame/VBP/O/blame the/DT mayor/NN for/IN this/DT ./. ”/''
      an adverb before an adjective stays inside the source of 'according to'
        ## the town had 115 thefts | indirect/according-to | According to | the most recent data
        ## According/VBG to/TO the/DT most/RBS recent/JJ data/NNS ,/, the/DT town/NN had/VBD/O/have
           115/CD thefts/NNS ./.
      a question put in a time clause after the speaker's cue
        ## whether he would close the road | indirect/question | asked |
        ## “/`` You/PRP bet/VBP/O/bet ,/, ”/'' Ortiz/NNP/PERSON said/VBD/O/say when/WRB
           asked/VBN/O/ask whether/IN he/PRP would/MD close/VB/O/close the/DT road/NN ./.
      a question put in a time clause after a verb that is no cue
        ## about the vote | indirect/question | asked |
        ## Ortiz/NNP/PERSON smiled/VBD/O/smile when/WRB asked/VBN/O/ask about/IN the/DT vote/NN ./.
      a cue inside an opening time clause reports nothing of the main clause
        ## Ms. Brandt smiled | none | | || she was waiting | indirect/subject-cue | said | Brandt
        ## When/WRB asked/VBN/O/ask whom/WP she/PRP supported/VBD/O/support ,/, Ms./NNP
           Brandt/NNP/PERSON smiled/VBD/O/smile and/CC said/VBD/O/say she/PRP was/VBD/O/be
           waiting/VBG/O/wait ./.
      a cue inside an opening time clause reports up to the clause's comma
        ## the roads were | indirect/subject-cue | said | the mayor
        ## After/IN the/DT mayor/NN said/VBD/O/say the/DT roads/NNS were/VBD/O/be safe/JJ ,/,
           Ortiz/NNP/PERSON drove/VBD/O/drive home/RB ./.
      a claim noun marked 'for' with a named owner reports what is asked for
        ## a recount | indirect/noun-cue | call | Ortiz
        ## Ortiz/NNP/PERSON 's/POS call/NN/O/call for/IN a/DT recount/NN angered/VBD/O/anger
           the/DT board/NN ./.
      a named owner keeps what is asked for after another subject's verb
        ## a new school | indirect/noun-cue | calls | Ortiz
        ## Velden/NNP/PERSON joined/VBD/O/join Ortiz/NNP/PERSON 's/POS repeated/JJ calls/NNS/O/call
           for/IN a/DT new/JJ school/NN ./.
      a pronoun owner's call goes to the subject of the verb before it
        ## a full audit of the fund | indirect/noun-cue | renewed | Ortiz
        ## Ortiz/NNP/PERSON renewed/VBD/O/renew her/PRP$ demand/NN/O/demand for/IN a/DT full/JJ
           audit/NN of/IN the/DT fund/NN ./.
      negative: a claim noun not marked 'for' reports nothing after 'for'
        ## a recount | none | |
        ## Ortiz/NNP/PERSON 's/POS hope/NN/O/hope for/IN a/DT recount/NN faded/VBD/O/fade ./.
      an opening participle's speaker may carry a parenthesis before its verb
        ## on the vote | indirect/participle | commenting | Lena Ortiz
        ## While/IN commenting/VBG/O/comment on/IN the/DT vote/NN ,/, Mayor/NNP Lena/NNP/PERSON
           Ortiz/NNP/PERSON (/-LRB- D/NNP )/-RRB- said/VBD/O/say the/DT count/NN was/VBD/O/be
           fair/JJ ./.
      negative: a participle's speaker is never a bare time word that opens the sentence
        ## on the vote | none | | || it was fair | indirect/subject-cue | said | Ortiz
        ## Sunday/NNP ,/, on/IN the/DT radio/NN ,/, while/IN commenting/VBG/O/comment on/IN the/DT
           vote/NN ,/, the/DT mayor/NN of/IN Elm/NNP/LOCATION Ford/NNP/LOCATION ,/, Ortiz/NNP/PERSON
           ,/, said/VBD/O/say it/PRP was/VBD/O/be fair/JJ ./.
      a quote that resumes after a participle's question goes on with the first quote's cue
        ## but the pier | direct/same-paragraph | wrote | Vance || why he left | indirect/participle
           | explaining | Vance
        ## “/`` The/DT harbor/NN is/VBZ/O/be safe/JJ ,/, ”/'' Vance/NNP/PERSON wrote/VBD/O/write
           ,/, explaining/VBG/O/explain why/WRB he/PRP left/VBD/O/leave ,/, “/`` but/CC the/DT
           pier/NN is/VBZ/O/be not/RB ./. ”/''
      a quote that resumes after a participle's object, past a colon, goes on with the first quote's cue
        ## We will rebuild | direct/same-paragraph | said | Vance || the plan as a gamble
           | indirect/participle | describing | Vance
        ## “/`` It/PRP is/VBZ/O/be late/JJ ,/, ”/'' Vance/NNP/PERSON said/VBD/O/say ,/,
           describing/VBG/O/describe the/DT plan/NN as/IN a/DT gamble/NN :/: “/`` We/PRP will/MD
           rebuild/VB the/DT pier/NN ./. ”/''
      negative: a quote after a participle with only a phrase before it is the participle's own
        ## of the mayor | mixed/participle | adding | Vance
        ## “/`` It/PRP is/VBZ/O/be late/JJ ,/, ”/'' Vance/NNP/PERSON said/VBD/O/say ,/,
           adding/VBG/O/add of/IN the/DT mayor/NN ,/, “/`` She/PRP will/MD rebuild/VB it/PRP ./.
           ”/''
      negative: a quote that completes a participle's 'that' clause stays inside it
        ## the pier | mixed/participle | noting | Vance
        ## “/`` It/PRP is/VBZ/O/be late/JJ ,/, ”/'' Vance/NNP/PERSON said/VBD/O/say ,/,
           noting/VBG/O/note that/IN the/DT pier/NN ,/, “/`` will/MD need/VB/O/need a/DT new/JJ
           roof/NN ./. ”/''
      """;

  static List<Arguments> rows() {
    return QuoteTexts.table(ROWS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theQuoteHasItsRuleCueAndSpeaker(String name, String expected, List<String> sentences) {
    assertRow(name, expected, sentences);
  }

  /**
   * A participle between a direct quote's attribution and the quotation that resumes it reports
   * only its own words, up to the comma before the opening mark.
   */
  @Test
  void aParticipleBeforeAResumedQuoteStopsAtItsComma() {
    List<Quote> qs = QuoteTexts.quotes("“/`` The/DT harbor/NN is/VBZ/O/be safe/JJ ,/, ”/''"
        + " Vance/NNP/PERSON wrote/VBD/O/write ,/, explaining/VBG/O/explain why/WRB he/PRP"
        + " left/VBD/O/leave ,/, “/`` but/CC the/DT pier/NN is/VBZ/O/be not/RB ./. ”/''");
    assertEquals("why he left", QuoteTexts.withCue("explaining", qs).orElseThrow().text());
  }

  /**
   * A verb inside reported words whose subject the source test drops ("the rules do not recognize
   * ...": rules cannot speak) does not cut the outer words before its subject: it never competes
   * for them.
   */
  @Test
  void anInnerVerbThatReportsNothingLeavesTheOuterWordsWhole() {
    List<Quote> qs = rulesDoNotRecognize("the/DT needs/NNS of/IN each/DT pupil/NN");
    Quote q = QuoteTexts.withCue("said", qs).orElseThrow();
    assertEquals("he opposes the plan because the rules do not recognize the needs of each pupil",
        q.text());
    assertTrue(QuoteTexts.withCue("recognize", qs).isEmpty());
  }

  /** "Ortiz said he opposes the plan because the rules do not recognize " + {@code object}. */
  private static List<Quote> rulesDoNotRecognize(String object) {
    return QuoteTexts.quotes("Ortiz/NNP/PERSON said/VBD/O/say he/PRP opposes/VBZ/O/oppose"
        + " the/DT plan/NN because/IN the/DT rules/NNS do/VBP/O/do not/RB recognize/VB/O/recognize "
        + object + " ./.");
  }

  /**
   * An apostrophe in the inner words ("each pupil's needs") is no quotation mark: the inner verb
   * still does not compete, so the outer words stay whole.
   */
  @Test
  void anApostropheDoesNotLetAnInnerVerbCompete() {
    Quote q = QuoteTexts.withCue("said", rulesDoNotRecognize("each/DT pupil/NN 's/POS needs/NNS"))
        .orElseThrow();
    assertEquals("he opposes the plan because the rules do not recognize each pupil 's needs",
        q.text());
  }
}
