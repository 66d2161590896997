package org.newsgraph.robustness;

import java.nio.file.Path;


/**
 * Text from the wild for the robustness tests: where the fuzz seed corpus lives, and inputs best
 * written as Java escapes (unpaired surrogates).
 */
final class WildTexts {

  static final Path FUZZ_DIR = Path.of("testdata", "fuzz");

  private WildTexts() {}

  /** Sentences with unpaired high and low surrogates, and a reversed pair. */
  static String unpairedSurrogates() {
    return "Samsung Electronics \uD800said on Monday\uDC00 that Xi Jinping \uDBFF visited Seoul.\n"
        + "\uDE00\uD83D reversed pair, then a good one \uD83D\uDE00 and Moon Jae-in spoke \uDFFF.\n"
        + "\uD800";
  }
}
