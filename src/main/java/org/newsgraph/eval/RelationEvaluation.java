package org.newsgraph.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import org.newsgraph.NewsGraph;
import org.newsgraph.Relation;
import org.newsgraph.RelationType;

/**
 * Scores country–sector relations against a JSONL gold file, one document a line: {@code {"id",
 * "text", "relations": [{"country", "sector", "type", "counterpart", "evidence"}]}} ({@code
 * counterpart} may be null; {@code evidence} is for the reader and is not scored).
 *
 * <p>Scores are micro-averaged over documents, on document-level sets at three levels: (country,
 * sector) pairs; (country, sector, type); and (country, sector, type, counterpart). Usage: {@code
 * evaluate relations GOLD.jsonl [--part all|tune|heldout|tune-a|tune-b] [--predicted FILE.jsonl] [--details]};
 * {@code --details} lists each document's misses and false alarms. {@code --predicted} scores relations
 * read from a file of the same format ({@code text} and {@code evidence} optional) instead of running the
 * pipeline: another system's saved output, or a second annotator's file (agreement between annotators).
 * Without it, the relations scored are those of the default pipeline (every feature on), as {@code extract}
 * returns them.
 * {@code --part} scores a fixed half of the file so that rules can
 * be tuned on one half and checked on the other: a document whose id has an even CRC32 (over the
 * id's UTF-8 bytes) is in the tuning part, an odd one in the held-out part ({@link Part}).
 */
public final class RelationEvaluation {

  /** One gold document. */
  public record GoldDocument(String id, String text, ImmutableSet<Tuple> relations) {}

  /** One relation reduced to what is scored. {@code counterpart} is "" when there is none. */
  public record Tuple(String country, String sector, String type, String counterpart) {
    String pair() {
      return country + " " + sector;
    }

    String typed() {
      return pair() + " " + type;
    }

    String full() {
      return typed() + " " + (counterpart.isEmpty() ? "-" : counterpart);
    }
  }

  /** Counts at one level. */
  public record Score(int truePositives, int predicted, int gold) {
    public double precision() {
      return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) truePositives / predicted;
    }

    public double recall() {
      return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }

  /** The three levels. */
  public record Report(Score pairs, Score typed, Score withCounterpart, ImmutableList<String> details) {}

  /**
   * A fixed split of a gold file by document id, so that a tuning part and a held-out part can be
   * scored reproducibly: the CRC32 of the id's UTF-8 bytes, even for {@code TUNE}, odd for {@code
   * HELDOUT}. The tuning part splits again, into {@code TUNE_A} (CRC32 % 4 == 0) and {@code TUNE_B}
   * (CRC32 % 4 == 2), so that a rule can be checked on the half it was not written on while tuning.
   */
  public enum Part {
    ALL,
    TUNE,
    HELDOUT,
    TUNE_A,
    TUNE_B;

    /** True when the document with this id belongs to this part. */
    public boolean contains(String id) {
      checkNotNull(id, "id");
      if (this == ALL) {
        return true;
      }
      CRC32 crc = new CRC32();
      crc.update(id.getBytes(StandardCharsets.UTF_8));
      long rest = crc.getValue() % 4;
      return switch (this) {
        case TUNE -> rest % 2 == 0;
        case HELDOUT -> rest % 2 == 1;
        case TUNE_A -> rest == 0;
        case TUNE_B -> rest == 2;
        case ALL -> true;
      };
    }

    static Part parse(String name) {
      for (Part p : values()) {
        if (p.name().equalsIgnoreCase(name.replace('-', '_'))) {
          return p;
        }
      }
      throw new IllegalArgumentException("unknown part '" + name + "' (expected all|tune|heldout|tune-a|tune-b)");
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final ImmutableSet<String> TYPE_NAMES =
      Arrays.stream(RelationType.values()).map(Enum::name).collect(ImmutableSet.toImmutableSet());

  private RelationEvaluation() {}

  /**
   * Runs from the command line; {@code args} are the words after the CLI's subcommand. Without {@code
   * --predicted}, scores the relations of a default pipeline ({@code NewsGraph.builder().build()}, built
   * here: about 20 s of model loading). Returns the process exit status.
   */
  public static int run(List<String> args, PrintStream out) throws IOException {
    return run(args, out, RelationEvaluation::defaultPipeline);
  }

  /**
   * As {@link #run(List, PrintStream)}, with the pipeline that {@code pipeline} supplies (asked only when
   * no {@code --predicted} file is given): the tests' shared one.
   */
  static int run(List<String> args, PrintStream out, Supplier<NewsGraph> pipeline) throws IOException {
    checkNotNull(args, "args");
    checkNotNull(out, "out");
    checkNotNull(pipeline, "pipeline");
    List<String> files = new ArrayList<>();
    boolean details = false;
    Part part = Part.ALL;
    Path predictedFile = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--details")) {
        details = true;
      } else if (a.equals("--part")) {
        checkArgument(i + 1 < args.size(), "--part needs a value (all|tune|heldout|tune-a|tune-b)");
        part = Part.parse(args.get(++i));
      } else if (a.equals("--predicted")) {
        checkArgument(i + 1 < args.size(), "--predicted needs a file (.jsonl of {\"id\", \"relations\"})");
        predictedFile = Path.of(args.get(++i));
      } else if (a.startsWith("-")) {
        throw new IllegalArgumentException("unknown option '" + a + "' (expected --part, --predicted or --details)");
      } else {
        files.add(a);
      }
    }
    checkArgument(files.size() == 1, "evaluate relations needs one gold .jsonl file, got %s", files);
    Part chosen = part;
    List<GoldDocument> all = readGold(Path.of(files.get(0)));
    List<GoldDocument> gold = all.stream().filter(d -> chosen.contains(d.id())).toList();
    Report r;
    if (predictedFile == null) {
      NewsGraph graph = pipeline.get();
      r = score(gold, text -> graph.extract(text).relations());
    } else {
      Map<String, ImmutableSet<Tuple>> predicted = readPredicted(predictedFile, all, gold);
      r = scoreTuples(gold, doc -> predicted.get(doc.id()));
    }
    String label = files.get(0) + (part == Part.ALL ? "" : ", part " + part.name().toLowerCase(Locale.ROOT))
        + (predictedFile == null ? "" : ", predicted " + predictedFile);
    print(r, gold.size(), label, details, out);
    return 0;
  }

  /** Reads a gold file; a malformed line fails naming the file and line. */
  public static List<GoldDocument> readGold(Path file) throws IOException {
    List<GoldDocument> out = new ArrayList<>();
    for (NumberedLine line : jsonLines(file)) {
      JsonNode doc = line.doc();
      String where = line.where();
      out.add(new GoldDocument(required(doc, "id", where).asText(), required(doc, "text", where).asText(),
          tuples(doc, where)));
    }
    return out;
  }

  /**
   * Reads predicted relations, one document a line in the gold format ({@code text} and {@code evidence}
   * optional), keyed by id. Fails naming the file when a document of {@code scored} (the part of the gold
   * file being scored) has no line, when an id is not in {@code gold} (the whole gold file) or comes twice,
   * or when a type is not a {@link RelationType}.
   */
  public static Map<String, ImmutableSet<Tuple>> readPredicted(Path file, List<GoldDocument> gold,
      List<GoldDocument> scored) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(gold, "gold");
    checkNotNull(scored, "scored");
    Map<String, ImmutableSet<Tuple>> out = new LinkedHashMap<>();
    Set<String> goldIds = new LinkedHashSet<>();
    gold.forEach(d -> goldIds.add(d.id()));
    for (NumberedLine line : jsonLines(file)) {
      String id = required(line.doc(), "id", line.where()).asText();
      checkArgument(goldIds.contains(id), "%s: document '%s' is not in the gold file", line.where(), id);
      ImmutableSet<Tuple> tuples = tuples(line.doc(), line.where());
      for (Tuple t : tuples) {
        checkArgument(TYPE_NAMES.contains(t.type()), "%s: unknown type '%s' (expected one of %s)",
            line.where(), t.type(), TYPE_NAMES);
      }
      checkArgument(out.put(id, tuples) == null, "%s: document '%s' comes twice", line.where(), id);
    }
    List<String> missing = scored.stream().map(GoldDocument::id).filter(id -> !out.containsKey(id)).toList();
    checkArgument(missing.isEmpty(), "%s has no line for %s gold document(s): %s", file, missing.size(),
        missing.size() > 5 ? missing.subList(0, 5) + "..." : missing);
    return out;
  }

  private record NumberedLine(JsonNode doc, String where) {}

  private static List<NumberedLine> jsonLines(Path file) throws IOException {
    List<NumberedLine> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = file + ":" + (n + 1);
      try {
        out.add(new NumberedLine(JSON.readTree(line), where));
      } catch (IOException e) {
        throw new IllegalArgumentException(where + ": not valid JSON (" + e.getMessage() + ")", e);
      }
    }
    return out;
  }

  private static ImmutableSet<Tuple> tuples(JsonNode doc, String where) {
    Set<Tuple> tuples = new LinkedHashSet<>();
    for (JsonNode rel : required(doc, "relations", where)) {
      JsonNode cp = rel.get("counterpart");
      tuples.add(new Tuple(
          required(rel, "country", where).asText(),
          required(rel, "sector", where).asText(),
          required(rel, "type", where).asText().toUpperCase(Locale.ROOT),
          cp == null || cp.isNull() ? "" : cp.asText()));
    }
    return ImmutableSet.copyOf(tuples);
  }

  private static JsonNode required(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException(where + ": missing field '" + field + "'");
    }
    return v;
  }

  /** Scores a system (text to relations) on gold documents. */
  public static Report score(List<GoldDocument> gold, Function<String, List<Relation>> system) {
    checkNotNull(system, "system");
    return scoreTuples(gold, doc -> {
      Set<Tuple> predicted = new LinkedHashSet<>();
      for (Relation r : system.apply(doc.text())) {
        predicted.add(new Tuple(r.country(), r.sector().id(), r.type().name(), r.counterpart().orElse("")));
      }
      return predicted;
    });
  }

  /** Scores predicted tuples (one set for each gold document) on gold documents. */
  public static Report scoreTuples(List<GoldDocument> gold, Function<GoldDocument, Set<Tuple>> predictedFor) {
    checkNotNull(gold, "gold");
    checkNotNull(predictedFor, "predictedFor");
    int[] pairs = new int[3];
    int[] typed = new int[3];
    int[] full = new int[3];
    ImmutableList.Builder<String> details = ImmutableList.builder();
    for (GoldDocument doc : gold) {
      Set<Tuple> predicted = checkNotNull(predictedFor.apply(doc), "no prediction for %s", doc.id());
      count(doc.relations(), predicted, Tuple::pair, pairs, null);
      count(doc.relations(), predicted, Tuple::typed, typed, null);
      List<String> lines = new ArrayList<>();
      count(doc.relations(), predicted, Tuple::full, full, lines);
      if (!lines.isEmpty()) {
        details.add(doc.id() + ": " + String.join("; ", lines));
      }
    }
    return new Report(new Score(pairs[0], pairs[1], pairs[2]), new Score(typed[0], typed[1], typed[2]),
        new Score(full[0], full[1], full[2]), details.build());
  }

  private static void count(Set<Tuple> gold, Set<Tuple> predicted, Function<Tuple, String> key,
      int[] counts, List<String> details) {
    Set<String> g = new LinkedHashSet<>();
    gold.forEach(t -> g.add(key.apply(t)));
    Set<String> p = new LinkedHashSet<>();
    predicted.forEach(t -> p.add(key.apply(t)));
    for (String k : p) {
      if (g.contains(k)) {
        counts[0]++;
      } else if (details != null) {
        details.add("false alarm " + k);
      }
    }
    if (details != null) {
      g.stream().filter(k -> !p.contains(k)).forEach(k -> details.add("missed " + k));
    }
    counts[1] += p.size();
    counts[2] += g.size();
  }

  private static void print(Report r, int docs, String file, boolean details, PrintStream out) {
    out.printf(Locale.ROOT, "relations on %s (%d documents)%n", file, docs);
    out.printf(Locale.ROOT, "%-38s %9s %9s %9s %6s %6s %6s%n", "level", "precision", "recall", "F1", "tp",
        "pred", "gold");
    line(out, "(country, sector)", r.pairs());
    line(out, "(country, sector, type)", r.typed());
    line(out, "(country, sector, type, counterpart)", r.withCounterpart());
    if (details) {
      r.details().forEach(out::println);
    }
  }

  private static void line(PrintStream out, String name, Score s) {
    out.printf(Locale.ROOT, "%-38s %9.3f %9.3f %9.3f %6d %6d %6d%n", name, s.precision(), s.recall(), s.f1(),
        s.truePositives(), s.predicted(), s.gold());
  }

  /**
   * The pipeline as {@code NewsGraph.builder().build()} makes it, every feature on: the scores are those
   * of the relations that {@code extract} and the API return. The relation layer reads the quotes (a
   * speaker who speaks for a country lends it the "we" of the quote), so a pipeline without quotes
   * would score other relations than a user gets.
   */
  private static NewsGraph defaultPipeline() {
    return NewsGraph.builder().build();
  }
}
