package org.newsgraph.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * The benchmark's corpus: the articles under {@code testdata/} (top level and {@code bench/}),
 * documents made by recombining their paragraphs (a headline, then four to ten body paragraphs,
 * drawn with a seeded random generator, so the same seed gives the same corpus), and one long
 * document of at least a given number of tokens to check that cost grows linearly. Immutable.
 *
 * <p>Only prose paragraphs are drawn for bodies (at least {@value #MIN_PROSE_WORDS} words, ending
 * like a sentence): a page trailer such as "More from ...:" makes everything after it furniture,
 * which would turn the long document into a cheap run of skipped text.
 */
public record BenchCorpus(
    ImmutableList<BenchDoc> articles, ImmutableList<BenchDoc> recombined, BenchDoc longDoc) {

  /** The article the targets name: its first-document and per-token costs are reported. */
  public static final String SEED_NAME = "seed-china-korea.txt";

  private static final int MIN_BODY = 4;
  private static final int MAX_BODY = 10;

  /** A body paragraph worth drawing has at least this many words. */
  static final int MIN_PROSE_WORDS = 8;

  public BenchCorpus {
    articles = ImmutableList.copyOf(checkNotNull(articles, "articles"));
    recombined = ImmutableList.copyOf(checkNotNull(recombined, "recombined"));
    checkNotNull(longDoc, "longDoc");
    checkArgument(!articles.isEmpty(), "the corpus needs at least one article");
  }

  /**
   * Reads the articles: every {@code *.txt} directly under {@code dir} and under {@code
   * dir/bench}, by name, that reads like an article ({@link #isArticle}); other fixtures there (a
   * CoNLL table, a fuzz input) are left out.
   */
  public static ImmutableList<BenchDoc> readArticles(Path dir) throws IOException {
    checkNotNull(dir, "dir");
    checkArgument(Files.isDirectory(dir), "testdata directory %s does not exist", dir);
    List<Path> files = new ArrayList<>(listTxt(dir));
    Path bench = dir.resolve("bench");
    if (Files.isDirectory(bench)) {
      files.addAll(listTxt(bench));
    }
    ImmutableList.Builder<BenchDoc> out = ImmutableList.builder();
    for (Path f : files) {
      String name = dir.relativize(f).toString().replace('\\', '/');
      String text = Files.readString(f, StandardCharsets.UTF_8);
      if (isArticle(text)) {
        out.add(new BenchDoc(name, text));
      }
    }
    return out.build();
  }

  private static List<Path> listTxt(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
          .sorted()
          .toList();
    }
  }

  /**
   * Builds the corpus from {@code articles}: {@code docs} recombined documents and one long
   * document of at least {@code longTokens} tokens as counted by {@code tokenCounter} (paragraphs
   * are separated by blank lines, so the long document's count is the sum of its paragraphs').
   */
  public static BenchCorpus build(
      List<BenchDoc> articles,
      int docs,
      long seed,
      int longTokens,
      ToIntFunction<String> tokenCounter) {
    checkNotNull(articles, "articles");
    checkNotNull(tokenCounter, "tokenCounter");
    checkArgument(!articles.isEmpty(), "the corpus needs at least one article");
    checkArgument(docs >= 0 && docs <= 100_000, "docs (%s) must be between 0 and 100000", docs);
    checkArgument(
        longTokens >= 0 && longTokens <= 150_000,
        "longTokens (%s) must be between 0 and 150000",
        longTokens);
    List<String> headlines = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (BenchDoc a : articles) {
      List<String> paragraphs = paragraphs(a.text());
      if (paragraphs.isEmpty()) {
        continue;
      }
      headlines.add(paragraphs.get(0));
      paragraphs.subList(1, paragraphs.size()).stream()
          .filter(BenchCorpus::isProse)
          .forEach(bodies::add);
    }
    checkArgument(!bodies.isEmpty(), "the articles have no body paragraphs to recombine");
    Random random = new Random(seed);
    ImmutableList.Builder<BenchDoc> recombined = ImmutableList.builder();
    for (int i = 0; i < docs; i++) {
      StringBuilder text = new StringBuilder(headlines.get(random.nextInt(headlines.size())));
      int body = MIN_BODY + random.nextInt(MAX_BODY - MIN_BODY + 1);
      for (int p = 0; p < body; p++) {
        text.append("\n\n").append(bodies.get(random.nextInt(bodies.size())));
      }
      text.append('\n');
      recombined.add(new BenchDoc(String.format("recombined-%03d", i + 1), text.toString()));
    }
    StringBuilder longText = new StringBuilder();
    int tokens = 0;
    while (tokens < longTokens) {
      String p = bodies.get(random.nextInt(bodies.size()));
      int n = tokenCounter.applyAsInt(p);
      checkArgument(n > 0, "paragraph without tokens: '%s'", p);
      if (longText.length() > 0) {
        longText.append("\n\n");
      }
      longText.append(p);
      tokens += n;
    }
    longText.append('\n');
    return new BenchCorpus(
        ImmutableList.copyOf(articles),
        recombined.build(),
        new BenchDoc("long-" + longTokens, longText.toString()));
  }

  /** The blank-line separated paragraphs of {@code text}, trimmed, without empty ones. */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.split("\\n[ \\t\\r]*\\n")) {
      String t = p.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether at least half of {@code text}'s paragraph characters are in prose paragraphs. */
  static boolean isArticle(String text) {
    long prose = 0;
    long all = 0;
    for (String p : paragraphs(text)) {
      all += p.length();
      if (isProse(p)) {
        prose += p.length();
      }
    }
    return all > 0 && prose * 2 >= all;
  }

  /** Whether {@code paragraph} reads like article prose: enough words, ends like a sentence. */
  static boolean isProse(String paragraph) {
    String p = paragraph.strip();
    if (p.isEmpty() || p.split("\\s+").length < MIN_PROSE_WORDS) {
      return false;
    }
    char last = p.charAt(p.length() - 1);
    return ".!?\"\u201d\u2019)".indexOf(last) >= 0;
  }

  /** The seed article, or the first article if there is no seed. */
  public BenchDoc seed() {
    return articles.stream()
        .filter(a -> a.name().equals(SEED_NAME))
        .findFirst()
        .orElse(articles.get(0));
  }

  /** The documents of the throughput runs: the articles, then the recombined documents. */
  public ImmutableList<BenchDoc> throughputDocs() {
    return ImmutableList.<BenchDoc>builder().addAll(articles).addAll(recombined).build();
  }
}
