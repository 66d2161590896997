package org.newsgraph.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.Extraction;
import org.newsgraph.SharedPipeline;

/**
 * A deterministic, bounded fuzzing sweep that runs in every build (Jazzer's JUnit integration only
 * replays its seed corpus unless JAZZER_FUZZ=1): seeded random mutations of the seed corpus —
 * splices, deletions, duplications and insertions of nasty characters (unpaired surrogates,
 * control characters, quotation marks, combining marks, emoji, line breaks) — each checked for
 * the offset invariants. A failure prints the mutant's number, so it can be replayed.
 */
class MutationSweepTest {

  private static final int MUTANTS = 80;
  private static final int MAX_LENGTH = 1_200;
  private static final String[] NASTY = {
    "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uD83D\uDE00", "\u0000", "\u0007", "\u001b[1m", "\r",
    "\n", "\n\n", "\u2028", "\u0085", "\u00a0", "\u200b", "\u202e", "\ufeff", "\u0301", "\"",
    "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "&amp;", "<b>", "...", "--",
    " said ", " according to ", "Samsung", "Xi Jinping", "South Korean", "Washington", "\u4e2d\u56fd",
    "\uc0bc\uc131", "\t", ".", ":", "(", ")", "\u3002"
  };

  @Test
  void mutatedSeedsKeepTheInvariants() throws IOException {
    List<String> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(WildTexts.FUZZ_DIR)) {
      for (Path p : files.sorted().toList()) {
        String s = FuzzBytes.decode(Files.readAllBytes(p));
        seeds.add(s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s);
      }
    }
    seeds.add(SharedPipeline.seed().substring(0, MAX_LENGTH));
    Random random = new Random(6);
    for (int i = 0; i < MUTANTS; i++) {
      String text = mutate(random, seeds);
      Extraction x = SharedPipeline.get().extract(text);
      assertEquals(List.of(), Invariants.violations(text, x), "mutant " + i);
    }
  }

  private static String mutate(Random r, List<String> seeds) {
    StringBuilder b = new StringBuilder(seeds.get(r.nextInt(seeds.size())));
    int steps = 1 + r.nextInt(8);
    for (int s = 0; s < steps; s++) {
      int at = b.length() == 0 ? 0 : r.nextInt(b.length() + 1);
      switch (r.nextInt(5)) {
        case 0 -> b.insert(at, NASTY[r.nextInt(NASTY.length)]);
        case 1 -> b.delete(at, Math.min(b.length(), at + r.nextInt(40)));
        case 2 -> {
          String other = seeds.get(r.nextInt(seeds.size()));
          int from = other.isEmpty() ? 0 : r.nextInt(other.length());
          b.insert(at, other, from, Math.min(other.length(), from + r.nextInt(400)));
        }
        case 3 -> {
          int end = Math.min(b.length(), at + r.nextInt(60));
          b.insert(at, b.substring(at, end));
        }
        default -> {
          for (int k = r.nextInt(20); k > 0; k--) {
            b.insert(Math.min(b.length(), at), NASTY[r.nextInt(NASTY.length)]);
          }
        }
      }
    }
    return b.length() > MAX_LENGTH ? b.substring(0, MAX_LENGTH) : b.toString();
  }
}
