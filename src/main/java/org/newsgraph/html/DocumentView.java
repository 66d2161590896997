package org.newsgraph.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsgraph.CharSpan;
import org.newsgraph.Entity;
import org.newsgraph.Extraction;
import org.newsgraph.Mention;
import org.newsgraph.MentionKind;
import org.newsgraph.Quote;
import org.newsgraph.Relation;
import org.newsgraph.Speaker;
import org.newsgraph.json.ExtractionJson;

/**
 * One document's section of the page: the marked text beside the entity list, then the quote and
 * relation tables. Element ids and the {@code data-e}, {@code data-q}, {@code data-r} references are
 * {@code d<n>-e<i>}, {@code d<n>-q<i>}, {@code d<n>-r<i>} (n: the document's number on the page,
 * i: the item's index), so several documents share one page without clashes and the script needs
 * no knowledge of the library's ids.
 */
final class DocumentView {

  /** Layers, innermost first: a mention is never cut; evidence sentences are cut around quotes. */
  private static final int MENTION = 0;
  private static final int CUE_OR_SPEAKER = 1;
  private static final int TRIGGER = 2;
  private static final int QUOTE = 3;
  private static final int EVIDENCE = 4;

  /** Longest text shown in a table cell before an ellipsis. */
  private static final int CELL = 220;

  private final String prefix;
  private final String text;
  private final Extraction x;
  private final ObjectNode json;

  private DocumentView(int number, String text, Extraction x) {
    this.prefix = "d" + number + "-";
    this.text = text;
    this.x = x;
    this.json = ExtractionJson.toTree(x, null);
  }

  /** The {@code <section>} of document {@code number} (1-based). */
  static String section(int number, String source, String text, Extraction x) {
    return new DocumentView(number, text, x).render(number, source);
  }

  /** The section of a document that failed. */
  static String failure(int number, String source, String type, String message) {
    return "<section class=\"doc failed\" id=\"d" + number + "\">\n<h2>" + Escape.html(source)
        + "</h2>\n<p class=\"error\">" + Escape.html(type) + ": " + Escape.html(message)
        + "</p>\n</section>\n";
  }

  private String render(int number, String source) {
    StringBuilder b = new StringBuilder(text.length() * 3 + 4096);
    b.append("<section class=\"doc\" id=\"d").append(number).append("\">\n");
    b.append("<h2>").append(Escape.html(source)).append("</h2>\n");
    b.append("<p class=\"summary\">").append(x.entities().size()).append(" entities · ")
        .append(x.quotes().size()).append(" quotes · ").append(x.relations().size())
        .append(" relations · ").append(text.length()).append(" characters</p>\n");
    b.append("<div class=\"layout\">\n<div class=\"text\" lang=\"en\">");
    b.append(MarkedText.render(text, marks()));
    b.append("</div>\n<div class=\"side\">\n");
    entities(b);
    b.append("</div>\n</div>\n");
    quotes(b);
    relations(b);
    b.append("</section>\n");
    return b.toString();
  }

  // ---- the marked text

  private List<Mark> marks() {
    List<Mark> marks = new ArrayList<>();
    for (int i = 0; i < x.entities().size(); i++) {
      Entity e = x.entities().get(i);
      String id = prefix + "e" + i;
      String classes = "m t-" + lower(e.type().name())
          + e.subtype().map(s -> " s-" + lower(s.name())).orElse("");
      for (Mention m : e.mentions()) {
        String attrs = " class=\"" + classes + " k-" + lower(m.kind().name()) + "\" data-e=\"" + id
            + "\" title=\"" + Escape.html(entityTitle(e) + kindNote(m.kind())) + "\"";
        marks.add(new Mark(m.start(), m.end(), MENTION, "mark", (first, last) -> attrs));
      }
    }
    for (int i = 0; i < x.quotes().size(); i++) {
      quoteMarks(marks, x.quotes().get(i), prefix + "q" + i);
    }
    evidenceMarks(marks);
    return marks;
  }

  private void quoteMarks(List<Mark> marks, Quote q, String id) {
    String type = lower(q.type().name());
    String title = Escape.html(type + " quote " + q.id() + " · " + speakerLine(q)
        + q.via().map(v -> " · via " + v.name()).orElse("") + " · rule " + q.ruleName());
    String label = Escape.html("— " + speakerLine(q));
    marks.add(new Mark(q.content().start(), q.content().end(), QUOTE, "span",
        (first, last) -> " class=\"q q-" + type + (last ? " q-end" : "") + "\" data-q=\"" + id
            + "\" title=\"" + title + "\"" + (first ? " id=\"" + id + "\"" : "")
            + (last ? " data-label=\"" + label + "\"" : "")));
    q.cue().ifPresent(c -> marks.add(new Mark(c.start(), c.end(), CUE_OR_SPEAKER, "span",
        (first, last) -> " class=\"cue\" data-q=\"" + id + "\" title=\"cue of " + id + "\"")));
    q.speaker().ifPresent(s -> marks.add(new Mark(s.mention().start(), s.mention().end(),
        CUE_OR_SPEAKER, "span", (first, last) -> " class=\"spk\" data-q=\"" + id
            + "\" title=\"" + Escape.html("speaker of " + q.id() + ": " + speakerLine(q)) + "\"")));
    q.via().ifPresent(v -> marks.add(new Mark(v.mention().start(), v.mention().end(),
        CUE_OR_SPEAKER, "span", (first, last) -> " class=\"via\" data-q=\"" + id
            + "\" title=\"" + Escape.html("outlet of " + q.id() + ": " + v.name()) + "\"")));
  }

  /** Relations sharing a sentence (or a trigger) share one mark listing all their ids. */
  private void evidenceMarks(List<Mark> marks) {
    Map<CharSpan, List<String>> evidence = new LinkedHashMap<>();
    Map<CharSpan, List<String>> triggers = new LinkedHashMap<>();
    for (int i = 0; i < x.relations().size(); i++) {
      Relation r = x.relations().get(i);
      String id = prefix + "r" + i;
      evidence.computeIfAbsent(r.evidence(), k -> new ArrayList<>()).add(id);
      r.trigger().ifPresent(t -> triggers.computeIfAbsent(t, k -> new ArrayList<>()).add(id));
    }
    evidence.forEach((span, ids) -> marks.add(new Mark(span.start(), span.end(), EVIDENCE, "span",
        (first, last) -> " class=\"ev\" data-r=\"" + String.join(" ", ids) + "\"")));
    triggers.forEach((span, ids) -> marks.add(new Mark(span.start(), span.end(), TRIGGER, "span",
        (first, last) -> " class=\"trig\" data-r=\"" + String.join(" ", ids) + "\"")));
  }

  // ---- the tables

  /**
   * Writes a table's heading and, unless it is {@code empty}, its opening and header row; false
   * (after a "none" line) when there are no rows. The table's class is its lower-case title.
   */
  private static boolean openTable(StringBuilder b, String title, boolean empty, String... headers) {
    b.append("<h3>").append(title).append("</h3>\n");
    if (empty) {
      b.append("<p class=\"empty\">none</p>\n");
      return false;
    }
    b.append("<table class=\"").append(lower(title)).append("\">\n<thead><tr>");
    for (String h : headers) {
      b.append("<th>").append(h).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    return true;
  }

  private void entities(StringBuilder b) {
    if (!openTable(b, "Entities", x.entities().isEmpty(),
        "name", "type", "country", "mentions", "id", "other")) {
      return;
    }
    for (int i = 0; i < x.entities().size(); i++) {
      Entity e = x.entities().get(i);
      String id = prefix + "e" + i;
      row(b, "entity", id, "data-e");
      cell(b, e.name());
      b.append("<td><mark class=\"chip m t-").append(lower(e.type().name()))
          .append(e.subtype().map(s -> " s-" + lower(s.name())).orElse("")).append("\">")
          .append(Escape.html(e.type() + e.subtype().map(s -> " / " + s).orElse("")))
          .append("</mark></td>");
      cell(b, e.country().orElse(""));
      cell(b, mentionSummary(e));
      b.append("<td class=\"id\">").append(Escape.html(e.id())).append("</td>");
      extra(b, ExtraFields.of(json.path("entities").path(i), ExtraFields.ENTITY, ""));
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private void quotes(StringBuilder b) {
    if (!openTable(b, "Quotes", x.quotes().isEmpty(),
        "id", "speaker", "role", "organisation", "type", "cue", "text", "via", "rule", "other")) {
      return;
    }
    for (int i = 0; i < x.quotes().size(); i++) {
      Quote q = x.quotes().get(i);
      row(b, "quote", prefix + "q" + i, "data-q");
      b.append("<td class=\"id\">").append(Escape.html(q.id())).append("</td>");
      cell(b, q.speaker().map(Speaker::name).orElse(""));
      cell(b, q.speaker().flatMap(Speaker::role).orElse(""));
      cell(b, q.speaker().flatMap(Speaker::organization).orElse(""));
      cell(b, lower(q.type().name()));
      cell(b, q.cue().map(CharSpan::text).orElse(""));
      cell(b, q.text());
      cell(b, q.via().map(v -> v.name()).orElse(""));
      cell(b, q.ruleName());
      JsonNode node = json.path("quotes").path(i);
      List<String> extra = ExtraFields.of(node, ExtraFields.QUOTE, "");
      extra.addAll(ExtraFields.of(node.path("speaker"), ExtraFields.SPEAKER, "speaker."));
      extra(b, extra);
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private void relations(StringBuilder b) {
    if (!openTable(b, "Relations", x.relations().isEmpty(),
        "country", "type", "sector", "counterpart", "trigger", "quote", "evidence", "rule", "other")) {
      return;
    }
    for (int i = 0; i < x.relations().size(); i++) {
      Relation r = x.relations().get(i);
      row(b, "relation", prefix + "r" + i, "data-r");
      cell(b, r.country() + r.countryEntityId().flatMap(x::entity).map(e -> " (" + e.name() + ")")
          .orElse(""));
      cell(b, lower(r.type().name()));
      cell(b, r.sector().id());
      cell(b, r.counterpart().orElse(""));
      cell(b, r.trigger().map(CharSpan::text).orElse(""));
      b.append("<td>");
      r.quoteId().ifPresent(qid -> b.append(quoteLink(qid)));
      b.append("</td>");
      cell(b, r.evidence().text());
      cell(b, r.rule());
      extra(b, ExtraFields.of(json.path("relations").path(i), ExtraFields.RELATION, ""));
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  /** A link to the quote's place in the text, or its bare id if it is not on this page. */
  private String quoteLink(String quoteId) {
    for (int i = 0; i < x.quotes().size(); i++) {
      if (x.quotes().get(i).id().equals(quoteId)) {
        return "<a href=\"#" + prefix + "q" + i + "\">" + Escape.html(quoteId) + "</a>";
      }
    }
    return Escape.html(quoteId);
  }

  private static void row(StringBuilder b, String kind, String id, String reference) {
    b.append("<tr class=\"row\" tabindex=\"0\" data-kind=\"").append(kind).append("\" data-id=\"")
        .append(id).append("\" ").append(reference).append("=\"").append(id).append("\">");
  }

  private static void cell(StringBuilder b, String value) {
    String v = value.length() > CELL ? value.substring(0, CELL) + "…" : value;
    b.append("<td>").append(Escape.html(v)).append("</td>");
  }

  private static void extra(StringBuilder b, List<String> items) {
    b.append("<td class=\"extra\">").append(Escape.html(String.join("; ", items))).append("</td>");
  }

  private static String mentionSummary(Entity e) {
    Map<MentionKind, Long> kinds = e.mentions().stream()
        .collect(Collectors.groupingBy(Mention::kind, LinkedHashMap::new, Collectors.counting()));
    return e.mentions().size() + " (" + kinds.entrySet().stream()
        .map(k -> k.getValue() + " " + lower(k.getKey().name()))
        .collect(Collectors.joining(", ")) + ")";
  }

  private static String entityTitle(Entity e) {
    return e.name() + " — " + e.type() + e.subtype().map(s -> " / " + s).orElse("")
        + e.country().map(c -> " · country " + c).orElse("") + " · id " + e.id();
  }

  private static String kindNote(MentionKind kind) {
    return kind == MentionKind.NAME ? "" : " · " + lower(kind.name()) + " mention";
  }

  private static String speakerLine(Quote q) {
    Optional<Speaker> s = q.speaker();
    if (s.isEmpty()) {
      return "no speaker found";
    }
    return s.get().name() + s.get().role().map(r -> ", " + r).orElse("")
        + s.get().organization().map(o -> ", " + o).orElse("");
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
