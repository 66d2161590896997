package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ModelFile;
import org.newsgraph.lexicon.ExtraModelFiles;
import org.newsgraph.lexicon.ModelFileException;
import org.newsgraph.lexicon.ModelFiles;

/** The quote confidences of an extension file: errors by line, a rule's own weight. */
class QuoteConfidenceFilesTest {

  @TempDir Path dir;

  private ModelFiles withExtra(ModelFile kind, String content) throws IOException {
    return ExtraModelFiles.withExtra(dir, kind, content);
  }

  @Test
  void quoteConfidencesAreCheckedByLine() throws IOException {
    ModelFileException range = assertThrows(ModelFileException.class, () ->
        QuoteConfidence.load(withExtra(ModelFile.QUOTE_CONFIDENCE, "rule\tdirect/x\t1.5\n")));
    assertTrue(range.getMessage().contains("extra.tsv:1:"), range.getMessage());
    ModelFileException feature = assertThrows(ModelFileException.class, () ->
        QuoteConfidence.load(withExtra(ModelFile.QUOTE_CONFIDENCE, "mood\tx\t0.5\n")));
    assertTrue(feature.getMessage().contains("extra.tsv:1:"), feature.getMessage());
    QuoteConfidence c = QuoteConfidence.load(withExtra(ModelFile.QUOTE_CONFIDENCE,
        "rule\tdirect/unattributed\t0.2\n"));
    assertTrue(c.quote(org.newsgraph.QuoteType.DIRECT, org.newsgraph.AttributionRule.UNATTRIBUTED,
        org.newsgraph.CueKind.SPEECH, Optional.empty()) < 0.3);
  }
}
