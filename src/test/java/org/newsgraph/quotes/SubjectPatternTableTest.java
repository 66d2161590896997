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

  /** One row a line: pattern | cue | subject mention | sentence. */
  private static final String TABLE = """
      SHARE_OF_NUMBER | expect | Nearly 4 in 10 | Nearly/RB 4/CD in/IN 10/CD expect/VBP/O/expect \
      the/DT fares/NNS to/TO rise/VB ./.
      SHARE_PARTICIPLE | say | those surveyed | By/IN wide/JJ margins/NNS ,/, those/DT \
      surveyed/VBN/O/survey say/VBP/O/say the/DT fares/NNS are/VBP/O/be too/RB high/JJ ./.
      SHARE_PHRASE | say | Nearly nine out of 10 | Nearly/RB nine/CD out/IN of/IN 10/CD \
      say/VBP/O/say they/PRP need/VBP/O/need new/JJ skills/NNS ./.
      SHARE_PHRASE | said | most | Voters/NNS were/VBD/O/be worried/JJ ;/: most/RBS said/VBD/O/say \
      they/PRP were/VBD/O/be afraid/JJ ./.
      SENTENCE_HEAD | say | Activists hoping to stop the sale | Activists/NNS hoping/VBG/O/hope \
      to/TO stop/VB the/DT sale/NN say/VBP/O/say they/PRP have/VBP/O/have support/NN ./.
      DASH_ASIDE | warned | The wardens | The/DT wardens/NNS —/: whose/WP$ pay/NN was/VBD/O/be \
      cut/VBN —/: warned/VBD/O/warn that/IN the/DT trails/NNS would/MD close/VB ./.
      COORDINATED_CLAUSE | said | Okafor | Okafor/NNP/PERSON toured/VBD/O/tour the/DT mill/NN \
      and/CC said/VBD/O/say the/DT looms/NNS were/VBD/O/be old/JJ ./.
      NAME_BEFORE_PARENTHESIS | said | Brandvold | Councillor/NNP Brandvold/NNP/PERSON \
      (/-LRB- Green/NNP )/-RRB- ,/, said/VBD/O/say the/DT levy/NN was/VBD/O/be fair/JJ ./.
      PRONOUN | said | She | She/PRP said/VBD/O/say the/DT ferry/NN would/MD run/VB ./.
      SHARE_WORD | said | Several | Several/JJ said/VBD/O/say the/DT road/NN was/VBD/O/be \
      unsafe/JJ ./.
      SHARE_OF_PRONOUN | said | Most of them | Most/JJS of/IN them/PRP said/VBD/O/say the/DT \
      road/NN was/VBD/O/be unsafe/JJ ./.
      RELATIVE_PRONOUN | said | who | An/DT engineer/NN who/WP said/VBD/O/say the/DT dam/NN \
      was/VBD/O/be weak/JJ resigned/VBD/O/resign ./.
      APPOSITIVE | said | Ilse Varga | Ilse/NNP/PERSON Varga/NNP/PERSON ,/, a/DT surveyor/NN ,/, \
      said/VBD/O/say the/DT fence/NN was/VBD/O/be too/RB high/JJ ./.
      NOUN_PHRASE | said | The ministry | The/DT ministry/NN said/VBD/O/say the/DT bridge/NN \
      would/MD open/VB ./.
      NOUN_PHRASE | said | Farmers | Farmers/NNS in/IN Tarvik/NNP/LOCATION said/VBD/O/say \
      the/DT rain/NN came/VBD/O/come late/RB ./.
      """;

  static List<Arguments> patterns() {
    return TABLE.lines().map(line -> line.split(" \\| "))
        .map(f -> Arguments.of(SubjectPattern.valueOf(f[0]), f[1], f[2], f[3]))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void pattern(SubjectPattern pattern, String cue, String subject, String sentence) {
    String name = pattern + " " + subject;
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
