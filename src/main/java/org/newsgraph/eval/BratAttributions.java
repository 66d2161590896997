package org.newsgraph.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads attribution annotations in brat standoff format as PolNeAR writes them: text-bound spans
 * {@code T1<TAB>Content 201 220;230 240<TAB>words} (possibly discontinuous) and events {@code
 * E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1} (or {@code Attribution-no-source}). Notes and
 * other lines are skipped.
 */
public final class BratAttributions {

  /** A character range, end exclusive. */
  public record Range(int start, int end) {
    public Range {
      checkArgument(start >= 0 && end >= start, "bad range [%s, %s)", start, end);
    }

    public int length() {
      return end - start;
    }
  }

  /** One gold attribution: its content, cue and source ranges (source may be empty). */
  public record Gold(
      ImmutableList<Range> content, ImmutableList<Range> cue, ImmutableList<Range> source) {

    /** Number of characters of content. */
    public int contentLength() {
      return content.stream().mapToInt(Range::length).sum();
    }
  }

  /** One document: its text and gold attributions, and the annotation file used. */
  public record Document(String name, String text, ImmutableList<Gold> gold, Path annotations) {}

  private BratAttributions() {}

  /** The attributions of one {@code .ann} file. */
  public static ImmutableList<Gold> read(Path ann) throws IOException {
    checkNotNull(ann, "ann");
    Map<String, List<Range>> spans = new HashMap<>();
    List<Map<String, String>> events = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 2) {
        continue;
      }
      if (f[0].startsWith("T")) {
        int sp = f[1].indexOf(' ');
        if (sp < 0) {
          continue;
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : f[1].substring(sp + 1).split(";")) {
          String[] se = part.trim().split(" ");
          if (se.length == 2) {
            ranges.add(new Range(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
          }
        }
        spans.put(f[0], ranges);
      } else if (f[0].startsWith("E")) {
        Map<String, String> roles = new HashMap<>();
        for (String arg : f[1].split(" ")) {
          int c = arg.indexOf(':');
          if (c > 0) {
            roles.put(arg.substring(0, c), arg.substring(c + 1));
          }
        }
        if (roles.containsKey("Attribution") || roles.containsKey("Attribution-no-source")) {
          events.add(roles);
        }
      }
    }
    ImmutableList.Builder<Gold> out = ImmutableList.builder();
    for (Map<String, String> e : events) {
      List<Range> content = new ArrayList<>();
      for (Map.Entry<String, String> r : e.entrySet()) {
        if (r.getKey().startsWith("Content")) {
          content.addAll(spans.getOrDefault(r.getValue(), List.of()));
        }
      }
      if (content.isEmpty()) {
        continue;
      }
      out.add(new Gold(ImmutableList.copyOf(content),
          ImmutableList.copyOf(spans.getOrDefault(e.getOrDefault("Cue", ""), List.of())),
          ImmutableList.copyOf(spans.getOrDefault(e.getOrDefault("Source", ""), List.of()))));
    }
    return out.build();
  }

  /**
   * The documents of a PolNeAR-style folder: {@code DIR/text/NAME.txt} with {@code
   * DIR/attributions/NAME_ANNOTATOR.ann}. Where several annotators annotated a text, the first
   * annotation file in sorted order is used. Texts without annotations are skipped.
   */
  public static ImmutableList<Document> corpus(Path dir, int limit) throws IOException {
    checkNotNull(dir, "dir");
    Path texts = dir.resolve("text");
    Path anns = dir.resolve("attributions");
    checkArgument(Files.isDirectory(texts), "%s has no text/ folder", dir);
    checkArgument(Files.isDirectory(anns), "%s has no attributions/ folder", dir);
    TreeMap<String, Path> firstAnn = new TreeMap<>();
    try (Stream<Path> files = Files.list(anns)) {
      for (Path p : files.sorted().toList()) {
        String f = p.getFileName().toString();
        int us = f.lastIndexOf('_');
        if (!f.endsWith(".ann") || us < 0) {
          continue;
        }
        firstAnn.putIfAbsent(f.substring(0, us), p);
      }
    }
    ImmutableList.Builder<Document> out = ImmutableList.builder();
    int n = 0;
    try (Stream<Path> files = Files.list(texts)) {
      for (Path p : files.sorted().toList()) {
        String f = p.getFileName().toString();
        if (!f.endsWith(".txt")) {
          continue;
        }
        String name = f.substring(0, f.length() - 4);
        Path ann = firstAnn.get(name);
        if (ann == null) {
          continue;
        }
        if (n++ >= limit) {
          break;
        }
        out.add(new Document(name, Files.readString(p, StandardCharsets.UTF_8), read(ann), ann));
      }
    }
    return out.build();
  }
}
