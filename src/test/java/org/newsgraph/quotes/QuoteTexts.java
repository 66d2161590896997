package org.newsgraph.quotes;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.CharSpan;
import org.newsgraph.Quote;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.FurnitureKind;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Builds {@link AnalyzedText} by hand for quote rule tests, with sentences grouped in paragraphs:
 * each sentence is a line of {@code word/TAG[/NER[/lemma]]} tokens ("Peng/NNP/PERSON
 * said/VBD/O/say"). NER defaults to O and the lemma to the lower-cased word. Sentences of one
 * paragraph are joined by a space, paragraphs by a blank line; {@code "|"} as a sentence starts a
 * new paragraph.
 */
final class QuoteTexts {

  private static final Splitter SPACE = Splitter.on(' ').omitEmptyStrings();

  private QuoteTexts() {}

  /** The quotes of hand-built sentences (see {@link #of}), with no entities. */
  static ImmutableList<Quote> quotes(String... sentences) {
    return QuoteRulesTest.quotes(of(sentences));
  }

  /** The first quote whose cue reads {@code cue}. */
  static Optional<Quote> withCue(String cue, List<Quote> quotes) {
    return quotes.stream()
        .filter(q -> q.cue().map(CharSpan::text).orElse("").equals(cue))
        .findFirst();
  }

  /**
   * A table row of rule tests: its name, "first words | rule | cue | speaker" of the quote
   * looked at (see {@link #assertRow}), then the sentences ("|" starts a paragraph).
   */
  static org.junit.jupiter.params.provider.Arguments row(String name, String expected,
      String... sentences) {
    return org.junit.jupiter.params.provider.Arguments.of(name, expected, List.of(sentences));
  }

  /**
   * Asserts a {@link #row}: the first quote whose text starts with the expected first words has
   * the expected rule name, cue text and speaker mention ("" for none); with rule "none", no
   * quote's text starts with those words. Several expectations about one text are joined by
   * " || ".
   */
  static void assertRow(String name, String expected, List<String> sentences) {
    ImmutableList<Quote> qs = quotes(sentences.toArray(String[]::new));
    for (String one : expected.split(" \\|\\| ")) {
      assertQuote(name, one, qs);
    }
  }

  private static void assertQuote(String name, String expected, List<Quote> qs) {
    String[] e = expected.split("\\|", -1);
    if (e[1].trim().equals("none")) {
      org.junit.jupiter.api.Assertions.assertTrue(
          qs.stream().noneMatch(x -> x.text().startsWith(e[0].trim())), name + ": " + qs);
      return;
    }
    Quote q = qs.stream().filter(x -> x.text().startsWith(e[0].trim())).findFirst()
        .orElseThrow(() -> new AssertionError(name + ": " + qs));
    org.junit.jupiter.api.Assertions.assertEquals(e[1].trim(), q.ruleName(), name);
    org.junit.jupiter.api.Assertions.assertEquals(e[2].trim(),
        q.cue().map(CharSpan::text).orElse(""), name);
    org.junit.jupiter.api.Assertions.assertEquals(e[3].trim(), speaker(q), name);
  }

  /**
   * The rows of a rule table: rows start at the line's first column, their fields are separated by
   * "##" (name, expectation as in {@link #assertRow}, then the sentences), and whitespace inside a
   * field is one space.
   */
  static List<org.junit.jupiter.params.provider.Arguments> table(String rows) {
    return java.util.Arrays.stream(rows.split("\n(?! )")).filter(r -> !r.isBlank())
        .map(r -> java.util.Arrays.stream(r.split("##"))
            .map(x -> x.strip().replaceAll("\\s+", " ")).toList())
        .map(f -> org.junit.jupiter.params.provider.Arguments.of(f.get(0), f.get(1),
            f.subList(2, f.size())))
        .toList();
  }

  /** The first quote whose text starts with {@code words}. */
  static Quote startingWith(String words, List<Quote> quotes) {
    return quotes.stream().filter(q -> q.text().startsWith(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starts with '" + words + "': " + quotes));
  }

  /** The text of the quote's speaker mention, or "" if it has no speaker. */
  static String speaker(Quote q) {
    return q.speaker().map(s -> s.mention().text()).orElse("");
  }

  /** Sentences in order; the string "|" between two sentences starts a new paragraph. */
  static AnalyzedText of(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    boolean newParagraph = false;
    for (String line : sentences) {
      if (line.equals("|")) {
        newParagraph = true;
        continue;
      }
      if (!out.isEmpty()) {
        if (newParagraph) {
          paragraph++;
          text.append("\n\n");
        } else {
          text.append(' ');
        }
      }
      newParagraph = false;
      List<Token> tokens = new ArrayList<>();
      int i = 0;
      for (String spec : SPACE.split(line)) {
        // "+word/TAG" touches the token before it, as a hyphen inside "52-year-old" does
        boolean glued = spec.length() > 1 && spec.charAt(0) == '+' && spec.charAt(1) != '/';
        List<String> f = splitSpec(glued ? spec.substring(1) : spec);
        if (i > 0 && !glued) {
          text.append(' ');
        }
        int start = text.length();
        String word = f.get(0);
        text.append(word);
        String tag = f.size() > 1 ? f.get(1) : "NN";
        String ner = f.size() > 2 && !f.get(2).isEmpty() ? f.get(2) : "O";
        String lemma = f.size() > 3 ? f.get(3) : word.toLowerCase(Locale.ROOT);
        tokens.add(new Token(i++, word, word, start, text.length(), tag, lemma, ner));
      }
      out.add(Sentence.of(out.size(), paragraph, tokens));
    }
    return AnalyzedText.of(text.toString(), out);
  }

  /** "a/b/c" split on '/', but a lone "/" word stays whole. */
  private static List<String> splitSpec(String spec) {
    List<String> parts = new ArrayList<>(List.of(spec.split("/", -1)));
    return ImmutableList.copyOf(parts);
  }

  /** The same text with sentence {@code index} marked as furniture. */
  static AnalyzedText withFurniture(AnalyzedText t, int index) {
    return t.mapSentences(s -> s.index() == index ? s.withFurniture(FurnitureKind.PROMOTION) : s);
  }
}
