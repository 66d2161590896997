package org.newsgraph.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.newsgraph.CharSpan;
import org.newsgraph.Entity;
import org.newsgraph.Extraction;
import org.newsgraph.Mention;
import org.newsgraph.Outlet;
import org.newsgraph.Quote;
import org.newsgraph.Relation;
import org.newsgraph.Speaker;

/**
 * Turns an {@link Extraction} (or a failed document) into newsgraph's JSON, schema version {@value
 * #SCHEMA_VERSION}, documented field by field in the README.
 *
 * <p>The tree is built explicitly, field by field, so the public records carry no Jackson
 * annotations and the JSON does not change when a record gains a method. Absent values are {@code
 * null}; every field is always written. Offsets are UTF-16 indices into the input, end exclusive.
 * Surrogates are written as {@code \\uXXXX} escapes, so unpaired ones from wild input survive.
 * Stateless and thread-safe: the mapper and writers are shared and immutable.
 */
public final class ExtractionJson {

  /** The version of the JSON layout; raised on any incompatible change. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final ObjectWriter COMPACT = MAPPER.writer().with(new SurrogateEscapes());
  private static final ObjectWriter PRETTY = COMPACT.with(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ExtractionJson() {}

  /**
   * The JSON tree of one document's result.
   *
   * @param source where the text came from (a path, a URL, an id), or null if unknown
   */
  public static ObjectNode toTree(Extraction extraction, String source) {
    checkNotNull(extraction, "extraction");
    ObjectNode root = header(source);
    ArrayNode entities = root.putArray("entities");
    for (Entity e : extraction.entities()) {
      entities.add(entity(e));
    }
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : extraction.quotes()) {
      quotes.add(quote(q));
    }
    ArrayNode relations = root.putArray("relations");
    for (Relation r : extraction.relations()) {
      relations.add(relation(r));
    }
    return root;
  }

  /**
   * The JSON tree of a document that failed: {@code {"schemaVersion", "source", "error": {"type",
   * "message"}}}, where {@code type} is the exception's simple class name.
   */
  public static ObjectNode errorTree(String source, Throwable failure) {
    checkNotNull(failure, "failure");
    return errorTree(source, failure.getClass().getSimpleName(), String.valueOf(failure.getMessage()));
  }

  /** The JSON tree of a document that failed, with an error type and message of the caller's. */
  public static ObjectNode errorTree(String source, String type, String message) {
    checkNotNull(type, "type");
    checkNotNull(message, "message");
    ObjectNode root = header(source);
    ObjectNode error = root.putObject("error");
    error.put("type", type);
    error.put("message", message);
    return root;
  }

  /** One document's result as compact JSON on one line. */
  public static String toJson(Extraction extraction, String source) {
    return compact(toTree(extraction, source));
  }

  /** One document's result as indented JSON. */
  public static String toPrettyJson(Extraction extraction, String source) {
    return pretty(toTree(extraction, source));
  }

  /** Any tree as compact JSON on one line (control characters and line breaks escaped). */
  public static String compact(ObjectNode tree) {
    return write(COMPACT, tree);
  }

  /** Any tree as indented JSON. */
  public static String pretty(ObjectNode tree) {
    return write(PRETTY, tree);
  }

  /** The shared, immutable mapper (for reading newsgraph JSON back as a tree). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static String write(ObjectWriter writer, ObjectNode tree) {
    checkNotNull(tree, "tree");
    try {
      return writer.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      // A tree of strings and numbers always serialises; this is a bug, not an input problem.
      throw new UncheckedIOException("cannot write a JSON tree", e);
    }
  }

  private static ObjectNode header(String source) {
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("source", source);
    return root;
  }

  private static ObjectNode entity(Entity e) {
    ObjectNode n = NODES.objectNode();
    n.put("id", e.id());
    n.put("type", e.type().name());
    n.put("subtype", e.subtype().map(Enum::name).orElse(null));
    n.put("name", e.name());
    n.put("country", e.country().orElse(null));
    ArrayNode mentions = n.putArray("mentions");
    for (Mention m : e.mentions()) {
      ObjectNode mn = span(m.span());
      mn.put("kind", m.kind().name());
      mentions.add(mn);
    }
    return n;
  }

  private static ObjectNode quote(Quote q) {
    ObjectNode n = NODES.objectNode();
    n.put("id", q.id());
    n.put("type", q.type().name());
    n.put("text", q.content().text());
    n.put("start", q.content().start());
    n.put("end", q.content().end());
    n.set("cue", optionalSpan(q.cue()));
    n.put("cueKind", q.cueKind().name());
    n.set("speaker", q.speaker().map(ExtractionJson::speaker).orElse(null));
    n.set("via", q.via().map(ExtractionJson::outlet).orElse(null));
    n.put("confidence", q.confidence());
    n.put("rule", q.ruleName());
    return n;
  }

  private static ObjectNode speaker(Speaker s) {
    ObjectNode n = named(s.mention(), s.entityId(), s.name());
    n.put("role", s.role().orElse(null));
    n.put("organization", s.organization().orElse(null));
    n.put("kind", s.kind().name());
    n.put("confidence", s.confidence());
    return n;
  }

  private static ObjectNode outlet(Outlet o) {
    return named(o.mention(), o.entityId(), o.name());
  }

  /** A mention with the entity it resolves to and its name: what speakers and outlets share. */
  private static ObjectNode named(CharSpan mention, Optional<String> entityId, String name) {
    ObjectNode n = span(mention);
    n.put("entity", entityId.orElse(null));
    n.put("name", name);
    return n;
  }

  private static ObjectNode relation(Relation r) {
    ObjectNode n = NODES.objectNode();
    n.put("type", r.type().name());
    n.put("country", r.country());
    n.put("countryEntity", r.countryEntityId().orElse(null));
    n.put("sector", r.sector().id());
    n.put("counterpart", r.counterpart().orElse(null));
    n.set("trigger", optionalSpan(r.trigger()));
    n.set("evidence", span(r.evidence()));
    n.put("quote", r.quoteId().orElse(null));
    n.put("rule", r.rule());
    return n;
  }

  private static ObjectNode optionalSpan(Optional<CharSpan> span) {
    return span.map(ExtractionJson::span).orElse(null);
  }

  /** {@code {"text", "start", "end"}}: the text first, as a reader scans for it. */
  private static ObjectNode span(CharSpan s) {
    ObjectNode n = NODES.objectNode();
    n.put("text", s.text());
    n.put("start", s.start());
    n.put("end", s.end());
    return n;
  }
}
