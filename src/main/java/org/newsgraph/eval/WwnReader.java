package org.newsgraph.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.newsgraph.eval.ConllReader.Document;
import org.newsgraph.eval.ConllReader.GoldSpan;

/**
 * Reads the English Worldwide Newswire NER development set (a directory with {@code
 * original_articles/NAME.txt}, the article as published, and {@code
 * processed_annotated/NAME.txt.tsv}, one {@code token<TAB>tag} a line with BIO or BIOES tags and a
 * blank line between sentences). The annotated tokens are aligned to the published text, so both
 * systems run on the real article (paragraphs, headline, URL line) and gold mentions come back as
 * character spans of it. Person -> PER, Organization -> ORG, Location -> LOC; the other classes
 * (NORP, Facility, Date, ...) are dropped.
 *
 * <p>Alignment: each token is looked for right after the previous one, whitespace skipped; a token
 * that is not there (a mis-encoded character in the token file) is left unaligned and the next
 * tokens are looked for a little further on. A gold mention whose first or last token is unaligned
 * cannot be placed and is counted in {@link Article#unaligned()} instead.
 *
 * <p>The split is fixed by file name, before any tuning: an article whose file name ({@code
 * NAME.txt}, no directory, UTF-8) has an even CRC-32 is in the tuning part, an odd one in the
 * held-out part.
 */
public final class WwnReader {

  /** How far (in characters) a token may be looked for after an unaligned one. */
  private static final int RESYNC_WINDOW = 60;

  private WwnReader() {}

  /** Which articles to read. */
  public enum Part {
    TUNE,
    HELDOUT,
    ALL;

    /** Parses "tune", "heldout" or "all". */
    public static Part parse(String s) {
      checkNotNull(s, "part");
      return switch (s.toLowerCase(Locale.ROOT)) {
        case "tune" -> TUNE;
        case "heldout", "held-out" -> HELDOUT;
        case "all" -> ALL;
        default -> throw new IllegalArgumentException(
            "--part '" + s + "' must be one of tune, heldout, all");
      };
    }

    boolean includes(String fileName) {
      return switch (this) {
        case ALL -> true;
        case TUNE -> isTuning(fileName);
        case HELDOUT -> !isTuning(fileName);
      };
    }
  }

  /** One article: its file name, the document to score, and gold mentions that could not be placed. */
  public record Article(String name, Document document, int unaligned) {}

  /** Whether an article file name ({@code NAME.txt}) is in the tuning part: its CRC-32 is even. */
  public static boolean isTuning(String fileName) {
    checkNotNull(fileName, "fileName");
    CRC32 crc = new CRC32();
    crc.update(fileName.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 2 == 0;
  }

  /** Whether {@code dir} looks like the data set (has both sub-directories). */
  public static boolean isDataSet(Path dir) {
    return Files.isDirectory(dir.resolve("original_articles"))
        && Files.isDirectory(dir.resolve("processed_annotated"));
  }

  /** Reads the articles of one part, in file-name order. */
  public static ImmutableList<Article> read(Path dir, Part part) throws IOException {
    checkNotNull(dir, "dir");
    checkNotNull(part, "part");
    checkArgument(isDataSet(dir), "%s has no original_articles/ and processed_annotated/", dir);
    List<String> names;
    try (Stream<Path> files = Files.list(dir.resolve("original_articles"))) {
      names =
          files.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".txt"))
              .filter(part::includes)
              .sorted()
              .toList();
    }
    ImmutableList.Builder<Article> out = ImmutableList.builder();
    for (String name : names) {
      Path tsv = dir.resolve("processed_annotated").resolve(name + ".tsv");
      if (!Files.isReadable(tsv)) {
        throw new IOException("no annotation " + tsv + " for " + name);
      }
      String text = Files.readString(dir.resolve("original_articles").resolve(name));
      out.add(parse(name, text, Files.readAllLines(tsv, StandardCharsets.UTF_8)));
    }
    return out.build();
  }

  /** Aligns one article's annotated token lines to its text. */
  public static Article parse(String name, String text, List<String> tokenLines) {
    checkNotNull(text, "text");
    List<GoldSpan> gold = new ArrayList<>();
    int pos = 0;
    boolean lost = false;
    int sentences = 0;
    boolean inSentence = false;
    String openLabel = null;
    int openStart = -1;
    int lastEnd = -1;
    boolean openBroken = false;
    int unaligned = 0;
    for (int n = 0; n <= tokenLines.size(); n++) {
      String line = n < tokenLines.size() ? tokenLines.get(n) : "";
      if (line.isBlank()) {
        if (openLabel != null) {
          unaligned += close(gold, openLabel, openStart, lastEnd, openBroken);
          openLabel = null;
        }
        if (inSentence) {
          sentences++;
        }
        inSentence = false;
        continue;
      }
      inSentence = true;
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        cols = line.strip().split("\\s+");
      }
      checkArgument(cols.length >= 2, "%s:%s: expected a token and a tag, found '%s'", name, n + 1, line);
      String token = cols[0];
      String tag = cols[1];
      // Align the token.
      int at = find(text, token, pos, lost);
      int start = at;
      int end = at < 0 ? -1 : at + token.length();
      if (at >= 0) {
        pos = end;
        lost = false;
      } else {
        lost = true;
      }
      // Gold mentions.
      String label = tag.equals("O") ? null : coarse(tag.substring(2));
      boolean begins = tag.startsWith("B-") || tag.startsWith("S-");
      if (openLabel != null && (label == null || begins || !label.equals(openLabel))) {
        unaligned += close(gold, openLabel, openStart, lastEnd, openBroken);
        openLabel = null;
      }
      if (label != null && openLabel == null) {
        openLabel = label;
        openStart = start;
        openBroken = start < 0;
      }
      lastEnd = end;
      if (openLabel != null && (tag.startsWith("E-") || tag.startsWith("S-"))) {
        unaligned += close(gold, openLabel, openStart, lastEnd, openBroken);
        openLabel = null;
      }
    }
    return new Article(name, new Document(text, ImmutableList.copyOf(gold), sentences), unaligned);
  }

  private static int close(List<GoldSpan> gold, String label, int start, int end, boolean broken) {
    if (label.isEmpty()) {
      return 0;
    }
    if (broken || start < 0 || end < 0) {
      return 1;
    }
    gold.add(new GoldSpan(start, end, label));
    return 0;
  }

  /** Person, Organization, Location -> PER, ORG, LOC; other classes -> "" (kept open, not scored). */
  private static String coarse(String cls) {
    return switch (cls) {
      case "Person" -> "PER";
      case "Organization" -> "ORG";
      case "Location" -> "LOC";
      default -> "";
    };
  }

  /**
   * Where {@code token} starts at or after {@code pos} with only whitespace between, or (after an
   * unaligned token) anywhere in a short window; -1 if not found.
   */
  static int find(String text, String token, int pos, boolean lost) {
    int p = pos;
    while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
      p++;
    }
    if (text.startsWith(token, p)) {
      return p;
    }
    if (lost) {
      int i = text.indexOf(token, p);
      if (i >= 0 && i - p <= RESYNC_WINDOW) {
        return i;
      }
    }
    return -1;
  }
}
