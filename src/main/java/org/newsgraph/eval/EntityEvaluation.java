package org.newsgraph.eval;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.Entity;
import org.newsgraph.Feature;
import org.newsgraph.MentionKind;
import org.newsgraph.NerModel;
import org.newsgraph.NewsGraph;
import org.newsgraph.corenlp.PlainCoreNlp;
import org.newsgraph.eval.ConllReader.Document;
import org.newsgraph.eval.ConllReader.GoldSpan;
import org.newsgraph.eval.EntityScore.Span;
import org.newsgraph.text.NamedSpan;

/**
 * Scores newsgraph's entity layer and plain CoreNLP side by side: exact-span precision, recall and
 * F1 for PER, ORG and LOC, on CoNLL-2003 files ({@code evaluate entities FILE... [--limit-docs N]
 * [--ner-models M1,M2] [--newsgraph-only] [--errors]}; MISC left out) or on the English Worldwide
 * Newswire development set ({@code evaluate entities WWN_DIR --part tune|heldout|all ...}; read by
 * {@link WwnReader}, which fixes the tuning/held-out split by the file name's CRC-32).
 *
 * <p>CoNLL documents' text is rebuilt from their tokens ({@link ConllReader}); wwn-dev articles run
 * as published, gold tokens aligned to them. Each text runs through (1) CoreNLP's default pipeline
 * ({@link PlainCoreNlp}; PERSON -> PER, ORGANIZATION -> ORG, LOCATION, CITY, COUNTRY,
 * STATE_OR_PROVINCE -> LOC, other labels and pronoun mentions dropped) and (2) a {@link NewsGraph}
 * with no feature beyond entities, counting its NAME, ALIAS and METONYM mentions (PERSON -> PER,
 * ORGANIZATION -> ORG, LOCATION -> LOC); demonyms are not counted (CoNLL's MISC, wwn-dev's NORP).
 * {@code --errors} prints each system's misses and spurious mentions per document, for error
 * analysis on the tuning part; {@code --context N} adds N characters of text on each side.
 */
public final class EntityEvaluation {

  static final ImmutableList<String> LABELS = ImmutableList.of("PER", "ORG", "LOC");

  private EntityEvaluation() {}

  /**
   * Runs from the command line; {@code args} are the words after the CLI's subcommand. Returns the
   * process exit status.
   */
  public static int run(List<String> args, PrintStream out) throws IOException {
    List<Path> files = new ArrayList<>();
    int limit = Integer.MAX_VALUE;
    Optional<List<NerModel>> nerModels = Optional.empty();
    boolean oursOnly = false;
    Optional<WwnReader.Part> part = Optional.empty();
    boolean errors = false;
    int context = 0;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--limit-docs") && i + 1 < args.size()) {
        limit = Integer.parseInt(args.get(++i));
        if (limit <= 0) {
          throw new IllegalArgumentException("--limit-docs (" + limit + ") must be positive");
        }
      } else if (a.equals("--ner-models") && i + 1 < args.size()) {
        nerModels = Optional.of(nerModels(args.get(++i)));
      } else if (a.equals("--newsgraph-only")) {
        oursOnly = true;
      } else if (a.equals("--part") && i + 1 < args.size()) {
        part = Optional.of(WwnReader.Part.parse(args.get(++i)));
      } else if (a.equals("--errors")) {
        errors = true;
      } else if (a.equals("--context") && i + 1 < args.size()) {
        context = Integer.parseInt(args.get(++i));
        if (context < 0 || context > 500) {
          throw new IllegalArgumentException("--context (" + context + ") must be in 0..500");
        }
      } else if (a.startsWith("--")) {
        out.println("unknown option " + a);
        return usage(out);
      } else {
        files.add(Path.of(a));
      }
    }
    if (files.isEmpty()) {
      return usage(out);
    }
    List<Document> docs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int unaligned = 0;
    boolean wwn = files.size() == 1 && Files.isDirectory(files.get(0));
    if (wwn) {
      if (!WwnReader.isDataSet(files.get(0))) {
        out.println(files.get(0) + " has no original_articles/ and processed_annotated/");
        return 1;
      }
      if (part.isEmpty()) {
        out.println("a wwn-dev directory needs --part tune|heldout|all");
        return usage(out);
      }
      for (WwnReader.Article a : WwnReader.read(files.get(0), part.get())) {
        if (docs.size() < limit) {
          docs.add(a.document());
          names.add(a.name());
          unaligned += a.unaligned();
        }
      }
    } else {
      if (part.isPresent()) {
        out.println("--part applies to a wwn-dev directory only");
        return usage(out);
      }
      for (Path f : files) {
        if (!Files.isReadable(f)) {
          out.println("cannot read " + f);
          return 1;
        }
        for (Document d : ConllReader.read(f)) {
          if (docs.size() < limit) {
            docs.add(d);
            names.add(f.getFileName() + "#" + (docs.size()));
          }
        }
      }
    }
    NewsGraph.Builder builder = NewsGraph.builder().features(EnumSet.noneOf(Feature.class));
    nerModels.ifPresent(builder::nerModels);
    NewsGraph graph = builder.build();
    Optional<PlainCoreNlp> plain = oursOnly ? Optional.empty() : Optional.of(new PlainCoreNlp());
    EntityScore ours = new EntityScore(LABELS);
    EntityScore base = new EntityScore(LABELS);
    long oursNanos = 0;
    long baseNanos = 0;
    int sentences = 0;
    for (int k = 0; k < docs.size(); k++) {
      Document d = docs.get(k);
      List<Span> gold = gold(d);
      long t0 = System.nanoTime();
      List<Span> predicted = ours(graph.extract(d.text()).entities());
      long t1 = System.nanoTime();
      List<Span> baseline =
          plain.isPresent() ? plain(plain.get().entityMentions(d.text())) : List.of();
      long t2 = System.nanoTime();
      oursNanos += t1 - t0;
      baseNanos += t2 - t1;
      ours.add(gold, predicted);
      if (errors) {
        printErrors(out, "ERR", names.get(k), d.text(), gold, predicted, context);
        if (plain.isPresent()) {
          printErrors(out, "BASE", names.get(k), d.text(), gold, baseline, context);
        }
      }
      base.add(gold, baseline);
      sentences += d.sentences();
    }
    if (wwn) {
      out.printf(
          Locale.ROOT,
          "wwn-dev entity evaluation: part %s, %d articles, %d gold sentences, from %s"
              + " (%d gold mentions not alignable to the text, left out)%n",
          part.get().name().toLowerCase(Locale.ROOT), docs.size(), sentences, files.get(0),
          unaligned);
      out.println(
          "exact-span P / R / F1 (%); Person/Organization/Location scored as PER/ORG/LOC,"
              + " other classes not scored; newsgraph counts NAME, ALIAS, METONYM");
    } else {
      out.printf(
          Locale.ROOT,
          "CoNLL entity evaluation: %d documents, %d sentences, from %s%n",
          docs.size(), sentences, files);
      out.println(
          "exact-span P / R / F1 (%); MISC not scored; newsgraph counts NAME, ALIAS, METONYM");
    }
    out.println();
    out.println("| type  | plain CoreNLP P / R / F1 | newsgraph P / R / F1 |");
    out.println("|-------|--------------------------|----------------------|");
    for (String l : ImmutableList.<String>builder().addAll(LABELS).add("ALL").build()) {
      out.printf(
          Locale.ROOT, "| %-5s | %s (%4d) | %s (%4d) |%n",
          l.equals("ALL") ? "micro" : l, base.cell(l), base.truePositives(l) + base.falseNegatives(l),
          ours.cell(l), ours.truePositives(l) + ours.falseNegatives(l));
    }
    out.println();
    out.printf(
        Locale.ROOT, "time: plain CoreNLP %.1f s, newsgraph %.1f s (annotation only)%n",
        baseNanos / 1e9, oursNanos / 1e9);
    return 0;
  }

  private static int usage(PrintStream out) {
    out.println(
        "usage: evaluate entities CONLL_FILE... [--limit-docs N] [--ner-models M1,M2]"
            + " [--newsgraph-only] [--errors]\n"
            + "       evaluate entities WWN_DEV_DIR --part tune|heldout|all [same options]\n"
            + "  e.g. evaluate entities ../shared/data/conll2003/conll2003_eng.testa.iob2.txt\n"
            + "       evaluate entities ../shared/data/wwn-dev --part tune --limit-docs 50\n"
            + "  --part: wwn-dev articles whose file name has an even CRC-32 are the tuning part,"
            + " odd ones held out\n"
            + "  --errors: print missed (-) and spurious (+) mentions per document (ERR newsgraph,"
            + " BASE plain CoreNLP)\n"
            + "  --context N: with --errors, show N characters of text on each side of each error\n"
            + "  --ner-models: NER models in order, of " + Arrays.toString(NerModel.values()));
    return 2;
  }

  /** "ALL_3CLASS,CONLL_4CLASS" (any case): the models in that order. */
  private static List<NerModel> nerModels(String names) {
    List<NerModel> models = new ArrayList<>();
    for (String name : names.split(",")) {
      try {
        models.add(NerModel.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--ner-models: unknown model '" + name + "' (one of "
                + Arrays.toString(NerModel.values()) + ")", e);
      }
    }
    return models;
  }

  /** One system's misses ("-") and spurious mentions ("+") in one document, for error analysis. */
  private static void printErrors(
      PrintStream out, String system, String name, String text, List<Span> gold,
      List<Span> predicted, int context) {
    java.util.Set<Span> g = new java.util.HashSet<>();
    for (Span s : gold) {
      if (LABELS.contains(s.label())) {
        g.add(s);
      }
    }
    java.util.Set<Span> p = new java.util.HashSet<>();
    for (Span s : predicted) {
      if (LABELS.contains(s.label())) {
        p.add(s);
      }
    }
    List<String> lines = new ArrayList<>();
    for (Span s : g) {
      if (!p.contains(s)) {
        lines.add(String.format(Locale.ROOT, "%08d - %s %s%s", s.start(), s.label(),
            text.substring(s.start(), s.end()).replace('\n', ' '), around(text, s, context)));
      }
    }
    for (Span s : p) {
      if (!g.contains(s)) {
        lines.add(String.format(Locale.ROOT, "%08d + %s %s%s", s.start(), s.label(),
            text.substring(s.start(), s.end()).replace('\n', ' '), around(text, s, context)));
      }
    }
    java.util.Collections.sort(lines);
    for (String l : lines) {
      out.println(system + " " + name + " " + l.substring(9));
    }
  }

  /** " | left [span] right" with {@code n} characters each side, or "" for {@code n == 0}. */
  private static String around(String text, Span s, int n) {
    if (n == 0) {
      return "";
    }
    String left = text.substring(Math.max(0, s.start() - n), s.start());
    String right = text.substring(s.end(), Math.min(text.length(), s.end() + n));
    return (" | " + left + "[" + text.substring(s.start(), s.end()) + "]" + right)
        .replace('\n', ' ');
  }

  static List<Span> gold(Document d) {
    List<Span> out = new ArrayList<>();
    for (GoldSpan g : d.gold()) {
      out.add(new Span(g.start(), g.end(), g.label()));
    }
    return out;
  }

  /** newsgraph's name mentions (NAME, ALIAS, METONYM) with CoNLL labels. */
  static List<Span> ours(List<Entity> entities) {
    List<Span> out = new ArrayList<>();
    for (Entity e : entities) {
      String label =
          switch (e.type()) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
          };
      e.mentions().stream()
          .filter(m -> m.kind() != MentionKind.DEMONYM)
          .forEach(m -> out.add(new Span(m.start(), m.end(), label)));
    }
    return out;
  }

  /** Plain CoreNLP's mentions with CoNLL labels; labels with no CoNLL counterpart dropped. */
  static List<Span> plain(List<NamedSpan> mentions) {
    List<Span> out = new ArrayList<>();
    for (NamedSpan m : mentions) {
      conllLabel(m.label())
          .ifPresent(label -> out.add(new Span(m.span().start(), m.span().end(), label)));
    }
    return out;
  }

  /** The CoNLL label of a CoreNLP NER label, if it has one. */
  private static Optional<String> conllLabel(String coreNlpLabel) {
    return Optional.ofNullable(
        switch (coreNlpLabel) {
          case "PERSON" -> "PER";
          case "ORGANIZATION" -> "ORG";
          case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "LOC";
          default -> null;
        });
  }
}
