package org.newsgraph.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.newsgraph.CharSpan;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.Extraction;
import org.newsgraph.Mention;
import org.newsgraph.MentionKind;
import org.newsgraph.Quote;
import org.newsgraph.Relation;
import org.newsgraph.Speaker;

/**
 * The readable report of one document: entities by type with their mentions, quotes with their
 * speakers, relations with their evidence. Offsets are shown as {@code @start}.
 */
final class TextReport {

  private static final int MAX_QUOTE = 160;

  private TextReport() {}

  static String of(String source, Extraction x) {
    StringBuilder b = new StringBuilder();
    b.append("== ").append(source).append(" ==\n");
    b.append("Entities (").append(x.entities().size()).append(")\n");
    for (EntityType type : EntityType.values()) {
      List<Entity> ofType =
          x.entities().stream().filter(e -> e.type() == type).collect(Collectors.toList());
      if (ofType.isEmpty()) {
        continue;
      }
      b.append("  ").append(type).append('\n');
      for (Entity e : ofType) {
        b.append("    ").append(e.name());
        StringBuilder attrs = new StringBuilder();
        e.subtype().ifPresent(s -> attrs.append(s));
        e.country()
            .ifPresent(c -> attrs.append(attrs.length() > 0 ? ", " : "").append(c));
        if (attrs.length() > 0) {
          b.append(" (").append(attrs).append(')');
        }
        b.append(" [").append(e.id()).append("]: ");
        b.append(
            e.mentions().stream().map(TextReport::mention).collect(Collectors.joining(", ")));
        b.append('\n');
      }
    }
    b.append("Quotes (").append(x.quotes().size()).append(")\n");
    for (Quote q : x.quotes()) {
      b.append("  ").append(q.id()).append(' ').append(q.type()).append(' ');
      b.append(quoted(q.content()));
      b.append(String.format(java.util.Locale.ROOT, " (%s, confidence %.2f)",
          q.cueKind().name().toLowerCase(java.util.Locale.ROOT), q.confidence()));
      b.append("\n      speaker: ").append(q.speaker().map(TextReport::speaker).orElse("(none)"));
      q.cue().ifPresent(c -> b.append("; cue: ").append(quoted(c)));
      q.via().ifPresent(v -> b.append("; via: ").append(v.name()));
      b.append("; rule: ").append(q.ruleName()).append('\n');
    }
    b.append("Relations (").append(x.relations().size()).append(")\n");
    for (Relation r : x.relations()) {
      b.append("  ").append(r.country()).append(' ').append(r.type()).append(' ').append(r.sector());
      r.counterpart().ifPresent(c -> b.append(" (counterpart ").append(c).append(')'));
      r.trigger().ifPresent(t -> b.append(" trigger ").append(quoted(t)));
      r.quoteId().ifPresent(id -> b.append(" in quote ").append(id));
      b.append("\n      evidence: ").append(quoted(r.evidence()));
      b.append("; rule: ").append(r.rule()).append('\n');
    }
    return b.toString();
  }

  static String error(String source, String type, String message) {
    return "== " + source + " ==\nERROR " + type + ": " + message + "\n";
  }

  private static String mention(Mention m) {
    String s = "\"" + oneLine(m.text()) + "\"@" + m.start();
    return m.kind() == MentionKind.NAME ? s : s + " " + m.kind().name().toLowerCase();
  }

  private static String speaker(Speaker s) {
    StringBuilder b = new StringBuilder(s.name());
    if (!s.mention().text().equals(s.name())) {
      b.append(" (as ").append(quoted(s.mention())).append(')');
    }
    s.role().ifPresent(r -> b.append(", ").append(r));
    s.organization().ifPresent(o -> b.append(", ").append(o));
    b.append(String.format(java.util.Locale.ROOT, " [%s, link %.2f]",
        s.kind().name().toLowerCase(java.util.Locale.ROOT), s.confidence()));
    return b.toString();
  }

  private static String quoted(CharSpan span) {
    String t = oneLine(span.text());
    if (t.length() > MAX_QUOTE) {
      t = t.substring(0, MAX_QUOTE) + "...";
    }
    return "\"" + t + "\"@" + span.start();
  }

  /** Line breaks and other control characters as spaces, so each item stays on its line. */
  private static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) ? ' ' : c);
    }
    return b.toString();
  }
}
