package org.newsgraph.eval;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.CharSpan;
import org.newsgraph.Extraction;
import org.newsgraph.Feature;
import org.newsgraph.NewsGraph;
import org.newsgraph.Quote;
import org.newsgraph.eval.BratAttributions.Document;
import org.newsgraph.eval.BratAttributions.Gold;
import org.newsgraph.eval.BratAttributions.Range;

/**
 * Scores quote extraction against PolNeAR-style brat files ({@code evaluate quotes DIR [--limit
 * N]}).
 *
 * <p>Predicted quotes that share one cue are one attribution (a split quote "“X,” Peng said.
 * “Y.”" is one PolNeAR attribution with a discontinuous content). A prediction matches a gold
 * attribution when its content covers at least 30% (and, reported too, 80%) of the gold content's
 * characters; matching is one-to-one, best coverage first. Precision = matched predictions / all
 * predictions, recall = matched gold / all gold. Speaker accuracy: among matched pairs whose gold
 * has a Source, the share whose predicted speaker mention overlaps the Source. Runs the full
 * pipeline with relations off, and reports its time.
 */
public final class QuoteEvaluation {

  static final double[] THRESHOLDS = {0.3, 0.8};

  private QuoteEvaluation() {}

  /** A predicted attribution: content ranges, the speaker mention if any, and its first quote. */
  record Predicted(List<Range> content, Optional<Range> speaker, Quote first) {
    Predicted(List<Range> content, Optional<Range> speaker) {
      this(content, speaker, null);
    }
  }

  /** Scores at one threshold. */
  record Score(int gold, int predicted, int matched, int withSource, int speakerRight) {
    double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double speakerAccuracy() {
      return withSource == 0 ? 0 : (double) speakerRight / withSource;
    }

    Score plus(Score o) {
      return new Score(gold + o.gold, predicted + o.predicted, matched + o.matched,
          withSource + o.withSource, speakerRight + o.speakerRight);
    }
  }

  /**
   * Runs from the command line; {@code args} are the words after the CLI's subcommand. Returns the
   * process exit status.
   */
  public static int run(List<String> args, PrintStream out) throws IOException {
    Path dir = null;
    int limit = Integer.MAX_VALUE;
    Path errors = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--limit") && i + 1 < args.size()) {
        limit = Integer.parseInt(args.get(++i));
      } else if (a.equals("--errors") && i + 1 < args.size()) {
        errors = Path.of(args.get(++i));
      } else if (!a.startsWith("--") && dir == null) {
        dir = Path.of(a);
      } else {
        out.println("usage: evaluate quotes DIR [--limit N] [--errors FILE]   (DIR holds text/ and attributions/)");
        return 2;
      }
    }
    if (dir == null) {
      out.println("usage: evaluate quotes DIR [--limit N] [--errors FILE]   (DIR holds text/ and attributions/)");
      return 2;
    }
    ImmutableList<Document> docs = BratAttributions.corpus(dir, limit);
    long t0 = System.nanoTime();
    NewsGraph graph = NewsGraph.builder().features(EnumSet.of(Feature.QUOTES)).build();
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    Report r;
    if (errors == null) {
      r = evaluate(docs, graph, null);
    } else {
      try (PrintStream err = new PrintStream(java.nio.file.Files.newOutputStream(errors), false,
          java.nio.charset.StandardCharsets.UTF_8)) {
        r = evaluate(docs, graph, err);
      }
    }
    out.printf(Locale.ROOT, "PolNeAR-style quote evaluation on %s: %d documents (first annotator's"
        + " file in sorted order where there are several)%n", dir, docs.size());
    for (int k = 0; k < THRESHOLDS.length; k++) {
      Score sc = r.scores().get(k);
      out.printf(Locale.ROOT,
          "overlap >= %.0f%%: gold %d, predicted %d, matched %d: precision %.3f recall %.3f F1 %.3f;"
              + " speaker accuracy %.3f (%d/%d matched with a gold source)%n",
          THRESHOLDS[k] * 100, sc.gold(), sc.predicted(), sc.matched(), sc.precision(),
          sc.recall(), sc.f1(), sc.speakerAccuracy(), sc.speakerRight(), sc.withSource());
    }
    out.printf(Locale.ROOT, "time: model load %d ms; extraction %d ms for %d documents (%.1f ms"
        + " per document, %d characters)%n", loadMs, r.extractMillis(), docs.size(),
        docs.isEmpty() ? 0.0 : (double) r.extractMillis() / docs.size(), r.characters());
    return 0;
  }

  /** Scores at each of {@link #THRESHOLDS}, and the time extraction took. */
  record Report(ImmutableList<Score> scores, long extractMillis, long characters) {}

  /** Runs {@code graph} on every document and scores its quotes. */
  static Report evaluate(List<Document> docs, NewsGraph graph) {
    return evaluate(docs, graph, null);
  }

  /**
   * As {@link #evaluate(List, NewsGraph)}; with {@code errors}, lists at 30% overlap every false
   * prediction ({@code FP}), matched prediction with a wrong speaker ({@code SPK}) or another
   * ({@code OK}) and missed gold
   * attribution ({@code FN}), one tab-separated line each, for error analysis on a tuning split.
   */
  static Report evaluate(List<Document> docs, NewsGraph graph, PrintStream errors) {
    Score[] totals = new Score[THRESHOLDS.length];
    for (int k = 0; k < totals.length; k++) {
      totals[k] = new Score(0, 0, 0, 0, 0);
    }
    long extractNanos = 0;
    long chars = 0;
    for (Document d : docs) {
      long s = System.nanoTime();
      Extraction x = graph.extract(d.text());
      extractNanos += System.nanoTime() - s;
      chars += d.text().length();
      List<Predicted> predicted = group(x.quotes());
      for (int k = 0; k < THRESHOLDS.length; k++) {
        totals[k] = totals[k].plus(score(d.gold(), predicted, THRESHOLDS[k]));
      }
      if (errors != null) {
        listErrors(d, predicted, errors);
      }
    }
    return new Report(ImmutableList.copyOf(totals), extractNanos / 1_000_000, chars);
  }

  /** Quotes sharing a cue become one predicted attribution; quotes with no cue stand alone. */
  static List<Predicted> group(List<Quote> quotes) {
    Map<Object, List<Quote>> byCue = new LinkedHashMap<>();
    for (Quote q : quotes) {
      Object key = q.cue().<Object>map(c -> c.start() + ":" + c.end()).orElse(q.id());
      byCue.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
    }
    List<Predicted> out = new ArrayList<>();
    for (List<Quote> g : byCue.values()) {
      List<Range> content = new ArrayList<>();
      Optional<Range> speaker = Optional.empty();
      for (Quote q : g) {
        content.add(new Range(q.content().start(), q.content().end()));
        if (speaker.isEmpty() && q.speaker().isPresent()) {
          CharSpan m = q.speaker().get().mention();
          speaker = Optional.of(new Range(m.start(), m.end()));
        }
      }
      out.add(new Predicted(content, speaker, g.get(0)));
    }
    return out;
  }

  /** One document's score at one threshold. */
  static Score score(List<Gold> gold, List<Predicted> predicted, double threshold) {
    record Pair(int g, int p, double coverage) {}
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      int len = gold.get(g).contentLength();
      if (len == 0) {
        continue;
      }
      for (int p = 0; p < predicted.size(); p++) {
        double cov = (double) overlap(gold.get(g).content(), predicted.get(p).content()) / len;
        if (cov >= threshold) {
          pairs.add(new Pair(g, p, cov));
        }
      }
    }
    pairs.sort((a, b) -> Double.compare(b.coverage(), a.coverage()));
    boolean[] gUsed = new boolean[gold.size()];
    boolean[] pUsed = new boolean[predicted.size()];
    int matched = 0;
    int withSource = 0;
    int right = 0;
    for (Pair pair : pairs) {
      if (gUsed[pair.g()] || pUsed[pair.p()]) {
        continue;
      }
      gUsed[pair.g()] = true;
      pUsed[pair.p()] = true;
      matched++;
      Gold g = gold.get(pair.g());
      if (!g.source().isEmpty()) {
        withSource++;
        Optional<Range> sp = predicted.get(pair.p()).speaker();
        if (sp.isPresent() && overlap(g.source(), List.of(sp.get())) > 0) {
          right++;
        }
      }
    }
    return new Score(gold.size(), predicted.size(), matched, withSource, right);
  }

  private static void listErrors(Document d, List<Predicted> predicted, PrintStream out) {
    List<Gold> gold = d.gold();
    record Pair(int g, int p, double coverage) {}
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      int len = gold.get(g).contentLength();
      for (int p = 0; len > 0 && p < predicted.size(); p++) {
        double cov = (double) overlap(gold.get(g).content(), predicted.get(p).content()) / len;
        if (cov >= THRESHOLDS[0]) {
          pairs.add(new Pair(g, p, cov));
        }
      }
    }
    pairs.sort((a, b) -> Double.compare(b.coverage(), a.coverage()));
    int[] gOf = new int[predicted.size()];
    java.util.Arrays.fill(gOf, -1);
    boolean[] gUsed = new boolean[gold.size()];
    for (Pair pair : pairs) {
      if (!gUsed[pair.g()] && gOf[pair.p()] < 0) {
        gUsed[pair.g()] = true;
        gOf[pair.p()] = pair.g();
      }
    }
    for (int p = 0; p < predicted.size(); p++) {
      Predicted pr = predicted.get(p);
      Quote q = pr.first();
      String sp = q.speaker().map(s -> s.mention().text() + "|" + s.kind() + "|"
          + s.name()).orElse("-");
      String head = d.name() + "\t" + q.ruleName() + "\t" + q.cueKind() + "\t"
          + String.format(Locale.ROOT, "%.2f", q.confidence()) + "\t"
          + q.cue().map(CharSpan::text).orElse("-") + "\t" + sp;
      if (gOf[p] < 0) {
        out.println("FP\t" + head + "\t" + clip(q.content().text()));
      } else {
        Gold g = gold.get(gOf[p]);
        if (!g.source().isEmpty() && (pr.speaker().isEmpty()
            || overlap(g.source(), List.of(pr.speaker().get())) == 0)) {
          out.println("SPK\t" + head + "\tgold=" + text(d, g.source()) + "\t"
              + clip(q.content().text()));
        } else {
          out.println("OK\t" + head + "\t" + clip(q.content().text()));
        }
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!gUsed[g]) {
        Gold x = gold.get(g);
        out.println("FN\t" + d.name() + "\t" + text(d, x.cue()) + "\t" + text(d, x.source())
            + "\t" + clip(text(d, x.content())));
      }
    }
  }

  private static String text(Document d, List<Range> ranges) {
    StringBuilder b = new StringBuilder();
    for (Range r : ranges) {
      b.append(b.length() == 0 ? "" : " ... ").append(d.text(), r.start(), r.end());
    }
    return b.toString().replaceAll("\\s+", " ");
  }

  private static String clip(String s) {
    String t = s.replaceAll("\\s+", " ");
    return t.length() > 200 ? t.substring(0, 200) + "..." : t;
  }

  /** Characters shared by two sets of ranges (each set assumed non-overlapping within itself). */
  static int overlap(List<Range> a, List<Range> b) {
    int n = 0;
    for (Range x : a) {
      for (Range y : b) {
        n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
      }
    }
    return n;
  }
}
