package org.newsgraph.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The fields of a JSON object (newsgraph's JSON, {@link org.newsgraph.json.ExtractionJson}) that
 * the view has no column for, as {@code name: value} items. The tables show them in their last
 * column, so a field the JSON gains later (a quote's confidence, say) is shown without a change
 * here.
 */
final class ExtraFields {

  static final ImmutableSet<String> ENTITY =
      ImmutableSet.of("id", "type", "subtype", "name", "country", "mentions");
  static final ImmutableSet<String> QUOTE =
      ImmutableSet.of("id", "type", "text", "start", "end", "cue", "speaker", "via", "rule");
  static final ImmutableSet<String> SPEAKER =
      ImmutableSet.of("text", "start", "end", "entity", "name", "role", "organization");
  static final ImmutableSet<String> RELATION =
      ImmutableSet.of(
          "type", "country", "countryEntity", "sector", "counterpart", "trigger", "evidence",
          "quote", "rule");

  private ExtraFields() {}

  /** The unknown non-null fields of {@code node}, each name prefixed with {@code prefix}. */
  static List<String> of(JsonNode node, ImmutableSet<String> known, String prefix) {
    List<String> out = new ArrayList<>();
    if (node == null || !node.isObject()) {
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (known.contains(f.getKey()) || f.getValue().isNull()) {
        continue;
      }
      JsonNode v = f.getValue();
      out.add(prefix + f.getKey() + ": " + (v.isValueNode() ? v.asText() : v.toString()));
    }
    return out;
  }
}
