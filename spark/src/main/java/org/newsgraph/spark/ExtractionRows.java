package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;
import org.newsgraph.CharSpan;
import org.newsgraph.Entity;
import org.newsgraph.Extraction;
import org.newsgraph.Mention;
import org.newsgraph.Outlet;
import org.newsgraph.Quote;
import org.newsgraph.Relation;
import org.newsgraph.Speaker;

/**
 * Turns one document's {@link Extraction}, or its failure, into a row of {@link
 * ExtractionSchema#document}, field by field in the schema's order. Stateless.
 */
final class ExtractionRows {

  private ExtractionRows() {}

  static Row success(Object id, Extraction x) {
    List<Row> entities = new ArrayList<>();
    for (Entity e : x.entities()) {
      entities.add(entity(e));
    }
    List<Row> quotes = new ArrayList<>();
    for (Quote q : x.quotes()) {
      quotes.add(quote(q));
    }
    List<Row> relations = new ArrayList<>();
    for (Relation r : x.relations()) {
      relations.add(relation(r));
    }
    return RowFactory.create(id, seq(entities), seq(quotes), seq(relations), null);
  }

  static Row failure(Object id, Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
    return RowFactory.create(
        id,
        seq(List.of()),
        seq(List.of()),
        seq(List.of()),
        RowFactory.create(t.getClass().getSimpleName(), message.replaceAll("\\s+", " ").trim()));
  }

  private static Row entity(Entity e) {
    List<Row> mentions = new ArrayList<>();
    for (Mention m : e.mentions()) {
      CharSpan s = m.span();
      mentions.add(RowFactory.create(s.text(), s.start(), s.end(), m.kind().name()));
    }
    return RowFactory.create(
        e.id(),
        e.type().name(),
        e.subtype().map(Enum::name).orElse(null),
        e.name(),
        e.country().orElse(null),
        seq(mentions));
  }

  private static Row quote(Quote q) {
    return RowFactory.create(
        q.id(),
        q.type().name(),
        q.content().text(),
        q.content().start(),
        q.content().end(),
        span(q.cue()),
        q.cueKind().name(),
        q.speaker().map(ExtractionRows::speaker).orElse(null),
        q.via().map(ExtractionRows::outlet).orElse(null),
        q.confidence(),
        q.ruleName());
  }

  private static Row speaker(Speaker s) {
    CharSpan m = s.mention();
    return RowFactory.create(
        m.text(),
        m.start(),
        m.end(),
        s.entityId().orElse(null),
        s.name(),
        s.role().orElse(null),
        s.organization().orElse(null),
        s.kind().name(),
        s.confidence());
  }

  private static Row outlet(Outlet o) {
    CharSpan m = o.mention();
    return RowFactory.create(m.text(), m.start(), m.end(), o.entityId().orElse(null), o.name());
  }

  private static Row relation(Relation r) {
    return RowFactory.create(
        r.type().name(),
        r.country(),
        r.countryEntityId().orElse(null),
        r.sector().id(),
        r.counterpart().orElse(null),
        span(r.trigger()),
        span(r.evidence()),
        r.quoteId().orElse(null),
        r.rule());
  }

  private static Row span(Optional<CharSpan> s) {
    return s.map(ExtractionRows::span).orElse(null);
  }

  /** Spark's row encoder takes arrays as Scala sequences. */
  private static scala.collection.Seq<Row> seq(List<Row> rows) {
    return CollectionConverters.asScala(rows);
  }

  private static Row span(CharSpan s) {
    return RowFactory.create(s.text(), s.start(), s.end());
  }
}
