package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.lexicon.RoleLexicon;
import org.newsgraph.lexicon.SpeechCueLexicon;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;

/**
 * One row per {@link SubjectPattern}, in the order the patterns are tried: a sentence, its cue,
 * the pattern that reads the cue's subject and the subject's mention ("who" for a relative
 * pronoun, which stands for the noun before it; "" for none). A new subject
 * pattern adds its row here. Hand-built sentences, no models.
 */
class SubjectPatternTableTest {

  private static final ModelFiles FILES = ModelFiles.bundled();
  private static final SpeakerFinder FINDER = new SpeakerFinder(SpeechCueLexicon.load(FILES),
      new NounPhrases(RoleLexicon.load(FILES)));

  static List<Arguments> patterns() {
    return List.of(
        Arguments.of("a share given as a number of a number",
            "Nearly/RB 4/CD in/IN 10/CD expect/VBP/O/expect the/DT fares/NNS to/TO rise/VB ./.",
            "expect", SubjectPattern.SHARE_OF_NUMBER, "Nearly 4 in 10"),
        Arguments.of("a noun before an aside between dashes",
            "The/DT wardens/NNS —/: whose/WP$ pay/NN was/VBD/O/be cut/VBN —/:"
                + " warned/VBD/O/warn that/IN the/DT trails/NNS would/MD close/VB ./.",
            "warned", SubjectPattern.DASH_ASIDE, "The wardens"),
        Arguments.of("the subject of the first of two joined clauses",
            "Okafor/NNP/PERSON toured/VBD/O/tour the/DT mill/NN and/CC said/VBD/O/say the/DT"
                + " looms/NNS were/VBD/O/be old/JJ ./.",
            "said", SubjectPattern.COORDINATED_CLAUSE, "Okafor"),
        Arguments.of("a name before a parenthesis and a comma",
            "Councillor/NNP Brandvold/NNP/PERSON (/-LRB- Green/NNP )/-RRB- ,/, said/VBD/O/say"
                + " the/DT levy/NN was/VBD/O/be fair/JJ ./.",
            "said", SubjectPattern.NAME_BEFORE_PARENTHESIS, "Brandvold"),
        Arguments.of("a personal pronoun",
            "She/PRP said/VBD/O/say the/DT ferry/NN would/MD run/VB ./.",
            "said", SubjectPattern.PRONOUN, "She"),
        Arguments.of("a quantifier standing alone for its group",
            "Several/JJ said/VBD/O/say the/DT road/NN was/VBD/O/be unsafe/JJ ./.",
            "said", SubjectPattern.SHARE_WORD, "Several"),
        Arguments.of("a quantifier of a pronoun",
            "Most/JJS of/IN them/PRP said/VBD/O/say the/DT road/NN was/VBD/O/be unsafe/JJ ./.",
            "said", SubjectPattern.SHARE_OF_PRONOUN, "Most of them"),
        Arguments.of("a relative pronoun stands for the noun before it",
            "An/DT engineer/NN who/WP said/VBD/O/say the/DT dam/NN was/VBD/O/be weak/JJ"
                + " resigned/VBD/O/resign ./.",
            "said", SubjectPattern.RELATIVE_PRONOUN, "who"),
        Arguments.of("a name with its appositive between commas",
            "Ilse/NNP/PERSON Varga/NNP/PERSON ,/, a/DT surveyor/NN ,/, said/VBD/O/say the/DT"
                + " fence/NN was/VBD/O/be too/RB high/JJ ./.",
            "said", SubjectPattern.APPOSITIVE, "Ilse Varga"),
        Arguments.of("a noun phrase right before the cue",
            "The/DT ministry/NN said/VBD/O/say the/DT bridge/NN would/MD open/VB ./.",
            "said", SubjectPattern.NOUN_PHRASE, "The ministry"),
        Arguments.of("a noun phrase's head before a place",
            "Farmers/NNS in/IN Tarvik/NNP/LOCATION said/VBD/O/say the/DT rain/NN came/VBD/O/come"
                + " late/RB ./.",
            "said", SubjectPattern.NOUN_PHRASE, "Farmers"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void pattern(String name, String sentence, String cue, SubjectPattern pattern, String subject) {
    AnalyzedText text = QuoteTexts.of(sentence);
    Sentence s = text.sentences().get(0);
    int j = TokenRules.skipBack(s, cueIndex(s, cue) - 1);
    assertEquals(Optional.of(pattern), SubjectPattern.first(s, j), name);
    assertEquals(subject, FINDER.subjectLeft(text, s, j)
        .map(x -> x.phrase().mention().text()).orElse(""), name);
  }

  @Test
  void noPatternAppliesToAVerbBeforeTheCue() {
    AnalyzedText text = QuoteTexts.of("Ran/VBD/O/run said/VBD/O/say the/DT dog/NN ./.");
    Sentence s = text.sentences().get(0);
    assertEquals(Optional.empty(), SubjectPattern.first(s, 0));
    assertEquals(Optional.empty(), FINDER.subjectLeft(text, s, 0));
  }

  private static int cueIndex(Sentence s, String cue) {
    for (int k = 0; k < s.size(); k++) {
      if (s.token(k).text().equals(cue)) {
        return k;
      }
    }
    throw new AssertionError("no cue " + cue);
  }
}
