package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SharedPipeline;
import org.newsgraph.server.ServerOptions;

/** {@code --format html} and the {@code serve} command's options. */
class HtmlAndServeCliTest {

  @Test
  void htmlIsOnePageWithASectionPerInputInOrder(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.txt");
    Files.writeString(a, "Orla Finch, mayor of Galway, said Ireland & Chile will build a port.");
    Path missing = dir.resolve("missing.txt");
    CliRun run = CliRun.of("--format", "html", a.toString(), missing.toString());
    assertEquals(1, run.status(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.errLines().get(0).startsWith("newsgraph: " + missing + ": NoSuchFileException"));
    Document page = Jsoup.parse(run.out());
    assertEquals(2, page.select("section.doc").size());
    assertEquals(Files.readString(a), page.selectFirst("section#d1 .text").wholeText());
    assertEquals(a.toString(), page.selectFirst("section#d1 h2").text());
    assertTrue(page.selectFirst("section#d2").hasClass("failed"));
    assertTrue(page.selectFirst("section#d2 .error").text().startsWith("NoSuchFileException"));
    assertEquals(1, page.select("script").size());

    Path out = dir.resolve("page.html");
    CliRun toFile = CliRun.of("--format=html", "--out", out.toString(), a.toString());
    assertEquals(0, toFile.status(), toFile.err());
    assertEquals("", toFile.out());
    assertEquals(Files.readString(a), Jsoup.parse(out.toFile()).selectFirst(".text").wholeText());
  }

  @Test
  void theDemoArticleAsHtml() {
    CliRun run = CliRun.of("--format", "html");
    assertEquals(0, run.status(), run.err());
    assertEquals(SharedPipeline.seed(), Jsoup.parse(run.out()).selectFirst(".text").wholeText());
  }

  @Test
  void serveOptions() throws Exception {
    ServerOptions d = ServeCommand.parse(List.of());
    assertEquals("127.0.0.1", d.host());
    assertEquals(8080, d.port());
    assertEquals(1_000_000, d.maxBodyBytes());
    ServerOptions o = ServeCommand.parse(List.of("--port", "0", "--host=::1", "--threads", "3",
        "--queue", "0", "--max-body", "500", "--time-budget", "0"));
    assertEquals(new ServerOptions("::1", 0, 3, 0, 500, Optional.empty(), 1), o);
    assertEquals(Optional.of(Duration.ofMillis(250)),
        ServeCommand.parse(List.of("--time-budget=250")).timeBudget());
    for (List<String> bad : List.of(List.of("--port", "70000"), List.of("--threads", "0"),
        List.of("--queue"), List.of("--verbose"), List.of("--max-body", "x"), List.of("--host", " "))) {
      assertThrows(UsageException.class, () -> ServeCommand.parse(bad), bad.toString());
    }
    CliRun help = CliRun.withoutModels("serve", "--help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("--max-body BYTES"));
    CliRun bad = CliRun.withoutModels("serve", "--nope");
    assertEquals(2, bad.status());
    assertTrue(CliRun.withoutModels("--help").out().contains("serve [--host H]"));
    assertEquals(2, CliRun.withoutModels("serve-bench").status(), "serve-bench needs files");
  }
}
