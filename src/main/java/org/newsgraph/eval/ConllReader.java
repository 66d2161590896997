package org.newsgraph.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 files (token, POS, chunk, NER per line; IOB1 or IOB2 tags; blank line between
 * sentences; {@code -DOCSTART-} between documents) and rebuilds each document's text: tokens
 * joined by one space, one sentence a line, so that CoreNLP (which ends a sentence at a line break
 * here) sees the corpus's own sentence boundaries. Gold mentions come back as character spans of
 * the rebuilt text.
 */
public final class ConllReader {

  private ConllReader() {}

  /** A gold mention: {@code [start, end)} of the document text and its label (PER, ORG, LOC, MISC). */
  public record GoldSpan(int start, int end, String label) {}

  /** One document: its rebuilt text, gold mentions in text order, and its sentence count. */
  public record Document(String text, ImmutableList<GoldSpan> gold, int sentences) {}

  /** Reads every document of a file. */
  public static ImmutableList<Document> read(Path file) throws IOException {
    checkNotNull(file, "file");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> lines = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        lines.add(line);
      }
      return parse(lines, file.toString());
    }
  }

  /** Parses the lines of a CoNLL file; {@code source} names it in errors. */
  public static ImmutableList<Document> parse(List<String> lines, String source) {
    ImmutableList.Builder<Document> docs = ImmutableList.builder();
    Builder doc = new Builder();
    int number = 0;
    for (String raw : lines) {
      number++;
      String line = raw.strip();
      if (line.isEmpty()) {
        doc.endSentence();
        continue;
      }
      String[] cols = line.split("\\s+");
      if (cols[0].equals("-DOCSTART-")) {
        doc.endSentence();
        doc.build().ifPresent(docs::add);
        doc = new Builder();
        continue;
      }
      if (cols.length < 2) {
        throw new IllegalArgumentException(
            source + ":" + number + ": expected a token and a tag, found '" + line + "'");
      }
      doc.add(cols[0], cols[cols.length - 1], source + ":" + number);
    }
    doc.endSentence();
    doc.build().ifPresent(docs::add);
    return docs.build();
  }

  private static final class Builder {
    final StringBuilder text = new StringBuilder();
    final List<GoldSpan> gold = new ArrayList<>();
    boolean inSentence;
    int sentences;
    String openLabel;
    int openStart;
    int lastEnd;

    void add(String token, String tag, String where) {
      if (inSentence) {
        text.append(' ');
      } else if (text.length() > 0) {
        text.append('\n');
      }
      inSentence = true;
      int start = text.length();
      text.append(token);
      String label = tag.equals("O") ? null : tag.substring(2);
      if (!tag.equals("O") && !(tag.startsWith("B-") || tag.startsWith("I-"))) {
        throw new IllegalArgumentException(where + ": unknown tag '" + tag + "'");
      }
      boolean begins = tag.startsWith("B-") || (label != null && !label.equals(openLabel));
      if (openLabel != null && (label == null || begins)) {
        close();
      }
      if (label != null && openLabel == null) {
        openLabel = label;
        openStart = start;
      }
      lastEnd = text.length();
    }

    void close() {
      gold.add(new GoldSpan(openStart, lastEnd, openLabel));
      openLabel = null;
    }

    void endSentence() {
      if (openLabel != null) {
        close();
      }
      if (inSentence) {
        sentences++;
      }
      inSentence = false;
    }

    java.util.Optional<Document> build() {
      if (text.length() == 0) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(
          new Document(text.toString(), ImmutableList.copyOf(gold), sentences));
    }
  }
}
