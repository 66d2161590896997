package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The CLI's {@code --cue-kinds}: only quotes whose cue reports the kinds asked for (issue 14). */
class CueKindsFlagTest {

  private static final String TEXT = "Mayor Lena Ortiz said on Monday that the new bridge would open"
      + " in May. Ortiz believes the tolls will fall next year. A survey by the city showed that"
      + " most drivers support the bridge.\n";

  private static JsonNode quotes(String... args) throws IOException {
    CliRun run = CliRun.withStdin(TEXT, args);
    assertEquals(0, run.status(), run.err());
    return new ObjectMapper().readTree(run.out()).get("quotes");
  }

  @Test
  void speechKeepsOnlyWhatWasSaid() throws IOException {
    JsonNode all = quotes("--format", "jsonl", "-");
    JsonNode speech = quotes("--format", "jsonl", "--cue-kinds", "speech", "-");
    assertTrue(all.size() > speech.size(), all::toString);
    assertFalse(speech.isEmpty(), all::toString);
    for (JsonNode q : speech) {
      assertEquals("SPEECH", q.get("cueKind").textValue(), q::toString);
    }
    for (JsonNode q : all) {
      double c = q.get("confidence").doubleValue();
      assertTrue(c >= 0 && c <= 1, q::toString);
    }
  }

  @Test
  void anUnknownKindIsAUsageError() {
    CliRun run = CliRun.withoutModels("--cue-kinds", "speech,gossip", "a.txt");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("--cue-kinds") && run.err().contains("gossip"), run.err());
  }
}
