package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ModelFile;
import org.newsgraph.lexicon.SpeechCueLexicon.CueClass;
import org.newsgraph.lexicon.SpeechCueLexicon.Mark;
import org.newsgraph.quotes.CueConstruction;
import org.newsgraph.quotes.Gender;

/** The speech-cue and role lexicons: bundled content, extension files, errors by line. */
class CueLexiconsTest {

  @TempDir Path dir;

  private ModelFiles withExtra(ModelFile kind, String content) throws IOException {
    return ExtraModelFiles.withExtra(dir, kind, content);
  }

  @Test
  void bundledCues() {
    SpeechCueLexicon cues = SpeechCueLexicon.load(ModelFiles.bundled());
    assertEquals(Optional.of(CueClass.SPEECH), cues.verb("say"));
    assertEquals(Optional.of(CueClass.THOUGHT), cues.verb("believe"));
    assertEquals(Optional.empty(), cues.verb("eat"));
    assertTrue(cues.is(Mark.OBJECT_VERB, "tell"));
    assertFalse(cues.is(Mark.OBJECT_VERB, "say"));
    assertTrue(cues.is(Mark.DOCUMENT_NOUN, "statement"));
    assertTrue(cues.is(Mark.OUTLET_WORD, "Agency"));
    assertTrue(cues.verbCount() > 100);
  }

  @Test
  void aspectVerbsAreNoCuesBeforeTo() throws IOException {
    SpeechCueLexicon cues = SpeechCueLexicon.load(ModelFiles.bundled());
    assertTrue(cues.is(Mark.ASPECT_VERB, "Continue"));
    assertFalse(cues.is(Mark.ASPECT_VERB, "say"));
    SpeechCueLexicon extra = SpeechCueLexicon.load(withExtra(ModelFile.SPEECH_CUES,
        "resume\tverb\tspeech\taspect\n"));
    assertTrue(extra.is(Mark.ASPECT_VERB, "resume"));
  }

  @Test
  void timeWordsAndClaimNouns() throws IOException {
    SpeechCueLexicon cues = SpeechCueLexicon.load(ModelFiles.bundled());
    assertTrue(cues.is(Mark.TIME_WORD, "Tuesday"));
    assertFalse(cues.is(Mark.TIME_WORD, "Trump"));
    assertTrue(cues.is(Mark.CLAIM_NOUN, "claim"));
    assertTrue(cues.is(Mark.CLAIM_NOUN, "statement"));
    assertTrue(cues.is(Mark.DOCUMENT_NOUN, "statement"));
    assertFalse(cues.is(Mark.CLAIM_NOUN, "car"));
    SpeechCueLexicon extra = SpeechCueLexicon.load(withExtra(ModelFile.SPEECH_CUES,
        "fortnight\tword\ttime\nquibble\tnoun\tclaim\n"));
    assertTrue(extra.is(Mark.TIME_WORD, "fortnight"));
    assertTrue(extra.is(Mark.CLAIM_NOUN, "quibble"));
    // a time word is not a verb's class, nor a claim an outlet word's
    assertThrows(ModelFileException.class, () ->
        SpeechCueLexicon.load(withExtra(ModelFile.SPEECH_CUES, "today\tverb\ttime\n")));
    assertThrows(ModelFileException.class, () ->
        SpeechCueLexicon.load(withExtra(ModelFile.SPEECH_CUES, "quibble\tword\tclaim\n")));
  }

  @Test
  void mediumNouns() throws IOException {
    SpeechCueLexicon cues = SpeechCueLexicon.load(ModelFiles.bundled());
    assertTrue(cues.is(Mark.MEDIUM_NOUN, "statement"));
    assertTrue(cues.is(Mark.DOCUMENT_NOUN, "report"));
    assertFalse(cues.is(Mark.MEDIUM_NOUN, "report")); // a report is a source of its own, not a medium
    SpeechCueLexicon extra = SpeechCueLexicon.load(withExtra(ModelFile.SPEECH_CUES,
        "communique\tnoun\tdocument\tmedium\n"));
    assertTrue(extra.is(Mark.MEDIUM_NOUN, "communique"));
    assertTrue(extra.is(Mark.DOCUMENT_NOUN, "communique"));
    // the flag goes only with document nouns
    ModelFileException e = assertThrows(ModelFileException.class, () -> SpeechCueLexicon.load(
        withExtra(ModelFile.SPEECH_CUES, "quibble\tnoun\tclaim\tmedium\n")));
    assertTrue(e.getMessage().contains("extra.tsv:1:"), e.getMessage());
    assertThrows(ModelFileException.class, () -> SpeechCueLexicon.load(
        withExtra(ModelFile.SPEECH_CUES, "memo\tnoun\tdocument\tloud\n")));
  }

  @Test
  void anEmbedderAddsACue() throws IOException {
    SpeechCueLexicon cues = SpeechCueLexicon.load(withExtra(ModelFile.SPEECH_CUES,
        "# mine\nopine\tverb\tspeech\n"));
    assertEquals(Optional.of(CueClass.SPEECH), cues.verb("opine"));
  }

  @Test
  void aBadCueLineNamesItsFileAndLine() throws IOException {
    ModelFileException e = assertThrows(ModelFileException.class, () ->
        SpeechCueLexicon.load(withExtra(ModelFile.SPEECH_CUES, "opine\tverb\tshout\n")));
    assertTrue(e.getMessage().contains("extra.tsv:1:"), e.getMessage());
    ModelFileException kind = assertThrows(ModelFileException.class, () ->
        SpeechCueLexicon.load(withExtra(ModelFile.SPEECH_CUES, "\n\nopine\tadverb\tspeech\n")));
    assertTrue(kind.getMessage().contains("extra.tsv:3:"), kind.getMessage());
    assertThrows(ModelFileException.class, () ->
        SpeechCueLexicon.load(withExtra(ModelFile.SPEECH_CUES, "opine\tverb\tspeech\tloud\n")));
  }

  @Test
  void rolesWithGender() throws IOException {
    RoleLexicon roles = RoleLexicon.load(ModelFiles.bundled());
    assertTrue(roles.isRole("economist"));
    assertTrue(roles.isRole("Officials"));
    assertFalse(roles.isRole("banana"));
    assertEquals(Gender.FEMALE, roles.gender("spokeswoman"));
    assertEquals(Gender.UNKNOWN, roles.gender("economist"));
    ModelFileException e = assertThrows(ModelFileException.class, () ->
        RoleLexicon.load(withExtra(ModelFile.ROLES, "astronaut\tx\n")));
    assertTrue(e.getMessage().contains("extra.tsv:1:"), e.getMessage());
  }

  @Test
  void reportKindsConstructionsAndRoleKindsAreReadAndCheckedByLine() throws IOException {
    SpeechCueLexicon cues = SpeechCueLexicon.load(ModelFiles.bundled());
    assertEquals(Optional.of(org.newsgraph.CueKind.SPEECH), cues.verbKind("say"));
    assertEquals(Optional.of(org.newsgraph.CueKind.THOUGHT), cues.verbKind("believe"));
    assertEquals(Optional.of(org.newsgraph.CueKind.EVIDENCE), cues.verbKind("find"));
    assertTrue(cues.reportsWith("hope", CueConstruction.Kind.INFINITIVE));
    assertFalse(cues.reportsWith("learn", CueConstruction.Kind.INFINITIVE));
    assertTrue(cues.reportsWith("learn", CueConstruction.Kind.REPORTING));
    ModelFileException report = assertThrows(ModelFileException.class, () ->
        SpeechCueLexicon.load(withExtra(ModelFile.SPEECH_CUES, "mumble\tverb\tspeech\t\tgossip\n")));
    assertTrue(report.getMessage().contains("extra.tsv:1:"), report.getMessage());
    ModelFileException flag = assertThrows(ModelFileException.class, () ->
        SpeechCueLexicon.load(withExtra(ModelFile.SPEECH_CUES, "mumble\tverb\tspeech\tnp|xx\n")));
    assertTrue(flag.getMessage().contains("extra.tsv:1:"), flag.getMessage());
    RoleLexicon roles = RoleLexicon.load(ModelFiles.bundled());
    assertEquals(Optional.of(org.newsgraph.SpeakerKind.ORGANIZATION), roles.kindOfHead("ministries"));
    assertEquals(Optional.of(org.newsgraph.SpeakerKind.GROUP), roles.kindOfHead("economists"));
    assertEquals(Optional.of(org.newsgraph.SpeakerKind.DOCUMENT), roles.kindOfHead("lawsuit"));
    assertEquals(Optional.empty(), roles.kindOfHead("computer"));
    assertFalse(roles.isRole("ministry"), "organisation nouns are no roles");
    ModelFileException kind = assertThrows(ModelFileException.class, () ->
        RoleLexicon.load(withExtra(ModelFile.ROLES, "astronaut\t-\tplanet\n")));
    assertTrue(kind.getMessage().contains("extra.tsv:1:"), kind.getMessage());
  }

}
