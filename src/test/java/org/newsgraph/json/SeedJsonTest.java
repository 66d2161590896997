package org.newsgraph.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.Extraction;
import org.newsgraph.SharedPipeline;

/** The JSON of the real seed article: every span in it indexes the article. */
class SeedJsonTest {

  @Test
  void everySpanInTheSeedJsonIndexesTheArticle() throws Exception {
    String seed = SharedPipeline.seed();
    Extraction x = SharedPipeline.get().extract(seed);
    JsonNode root = ExtractionJson.mapper().readTree(ExtractionJson.toJson(x, "seed"));
    assertEquals(x.entities().size(), root.get("entities").size());
    assertEquals(x.quotes().size(), root.get("quotes").size());
    assertEquals(x.relations().size(), root.get("relations").size());
    List<JsonNode> spans = new ArrayList<>();
    collectSpans(root, spans);
    int expected = x.entities().stream().mapToInt(e -> e.mentions().size()).sum()
        + x.quotes().size()
        + (int) x.quotes().stream().filter(q -> q.cue().isPresent()).count()
        + (int) x.quotes().stream().filter(q -> q.speaker().isPresent()).count()
        + (int) x.quotes().stream().filter(q -> q.via().isPresent()).count()
        + x.relations().size()
        + (int) x.relations().stream().filter(r -> r.trigger().isPresent()).count();
    assertEquals(expected, spans.size());
    for (JsonNode s : spans) {
      int start = s.get("start").intValue();
      int end = s.get("end").intValue();
      assertTrue(0 <= start && start <= end && end <= seed.length(), s.toString());
      assertEquals(seed.substring(start, end), s.get("text").textValue());
    }
  }

  /** Every object with text, start and end. */
  private static void collectSpans(JsonNode node, List<JsonNode> out) {
    if (node.isObject() && node.has("text") && node.has("start") && node.has("end")) {
      out.add(node);
    }
    node.elements().forEachRemaining(child -> collectSpans(child, out));
  }
}
