package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.Extraction;
import org.newsgraph.NewsGraph;
import org.newsgraph.json.ExtractionJson;

/** Uses newsgraph as an embedder does: from the installed artifact, with its bundled models. */
class ConsumerTest {

  @Test
  void extractsFromAString() {
    NewsGraph graph = NewsGraph.builder().build();
    String text = "Chinese President Xi Jinping met business leaders in Beijing on Tuesday.";
    Extraction x = graph.extract(text);
    Entity xi =
        x.entities().stream()
            .filter(e -> e.name().equals("Xi Jinping"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Xi Jinping in " + x.entities()));
    assertEquals(EntityType.PERSON, xi.type());
    xi.mentions().forEach(m -> assertEquals(text.substring(m.start(), m.end()), m.text()));
    String json = ExtractionJson.toJson(x, "consumer");
    assertTrue(json.startsWith("{\"schemaVersion\":1,"), json);
    System.out.println("CONSUMER-FOUND " + xi.name() + " " + xi.type());
  }

  @Test
  void forcesNoLoggingBindingOnEmbedders() {
    // slf4j-nop is an optional dependency of newsgraph (for its CLI): it must not reach us.
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.impl.StaticLoggerBinder"));
  }
}
