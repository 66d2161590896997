package org.newsgraph.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.json.ExtractionJson;

/** Fields the JSON gains later are shown in the tables' last column without a change to the view. */
class ExtraFieldsTest {

  @Test
  void unknownNonNullFieldsAreListedKnownOnesAreNot() {
    ObjectNode quote = ExtractionJson.mapper().createObjectNode();
    quote.put("id", "q1").put("type", "DIRECT").put("rule", "cue-verb");
    quote.put("confidence", 0.75).putNull("cueKind");
    quote.putArray("alternatives").add("Ana").add("Bo");
    ObjectNode speaker = quote.putObject("speaker");
    speaker.put("name", "Ana Reyes").put("kind", "NAMED");
    assertEquals(List.of("confidence: 0.75", "alternatives: [\"Ana\",\"Bo\"]"),
        ExtraFields.of(quote, ExtraFields.QUOTE, ""));
    assertEquals(List.of("speaker.kind: NAMED"),
        ExtraFields.of(quote.path("speaker"), ExtraFields.SPEAKER, "speaker."));
    assertEquals(List.of(), ExtraFields.of(quote.path("via"), ExtraFields.SPEAKER, "via."));
  }
}
