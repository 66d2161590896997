package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsgraph.SharedPipeline;

/**
 * A bounded load on 127.0.0.1: 8 clients × 50 requests of seed-sized documents, every answer
 * checked against a direct extraction, byte for byte. Nothing may be lost or wrong; the speed is
 * printed, never asserted (README: the service, for the benchmark command).
 */
class ServiceLoadTest {

  @Test
  void everyAnswerUnderLoadIsCorrectAndComplete() throws Exception {
    List<String> docs = List.of(
        SharedPipeline.seed(),
        SharedPipeline.testdata("bench/eu-battery-plant.txt"),
        SharedPipeline.testdata("bench/brazil-coffee-exports.txt"));
    LoadRun.Result r = LoadRun.againstNewService(SharedPipeline.get(), 2, docs, 8, 50);
    assertEquals(List.of(), r.problems());
    assertEquals(400, r.sent());
    assertEquals(400, r.correct());
    System.out.println(String.format(Locale.ROOT,
        "ServiceLoadTest: %d requests, %.1f requests/s, p50 %.0f ms, p95 %.0f ms",
        r.sent(), r.requestsPerSecond(), r.percentileMillis(50), r.percentileMillis(95)));
  }
}
