package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.CharSpan;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.LocationSubtype;
import org.newsgraph.Mention;
import org.newsgraph.MentionKind;
import org.newsgraph.eval.ConllReader.Document;
import org.newsgraph.eval.ConllReader.GoldSpan;
import org.newsgraph.eval.EntityScore.Span;
import org.newsgraph.text.NamedSpan;

/** The CoNLL reader and the scoring, on a tiny CoNLL file of our own (testdata/conll-tiny.txt). */
class EntityEvaluationTest {

  private static List<Document> tiny() throws Exception {
    return ConllReader.read(Path.of("testdata", "conll-tiny.txt"));
  }

  @Test
  void rebuildsTextAndGoldSpansPerDocument() throws Exception {
    List<Document> docs = tiny();
    assertEquals(2, docs.size());
    Document d = docs.get(0);
    assertEquals(
        "SOCCER - JAPAN BEAT SYRIA .\n"
            + "Peng Peng of the Guangdong Society of Reform praised South Korean firms .",
        d.text());
    assertEquals(2, d.sentences());
    List<String> gold =
        d.gold().stream().map(g -> g.label() + ":" + d.text().substring(g.start(), g.end())).toList();
    assertEquals(
        List.of(
            "LOC:JAPAN", "LOC:SYRIA", "PER:Peng Peng", "ORG:Guangdong Society of Reform",
            "MISC:South Korean"),
        gold);
    Document d2 = docs.get(1);
    List<GoldSpan> g2 = d2.gold();
    assertEquals("Changchun Jilin", d2.text().substring(g2.get(1).start(), g2.get(1).end()));
  }

  @Test
  void iob1TagsStartANewSpanWhenTheLabelChanges() {
    List<Document> docs =
        ConllReader.parse(
            List.of("A NNP x I-ORG", "B NNP x I-ORG", "C NNP x I-LOC", "", "D NNP x B-PER"), "t");
    assertEquals(
        List.of(new GoldSpan(0, 3, "ORG"), new GoldSpan(4, 5, "LOC"), new GoldSpan(6, 7, "PER")),
        docs.get(0).gold());
  }

  @Test
  void scoresExactSpansPerTypeAndMicro() {
    EntityScore s = new EntityScore(EntityEvaluation.LABELS);
    List<Span> gold =
        List.of(
            new Span(0, 5, "PER"), new Span(10, 15, "ORG"), new Span(20, 25, "LOC"),
            new Span(30, 35, "MISC"));
    List<Span> predicted =
        List.of(
            new Span(0, 5, "PER"), // right
            new Span(10, 14, "ORG"), // wrong end
            new Span(20, 25, "ORG"), // wrong type
            new Span(30, 35, "LOC"), // MISC in gold: a false LOC
            new Span(0, 5, "PER")); // duplicate counts once
    s.add(gold, predicted);
    assertEquals(1.0, s.precision("PER"));
    assertEquals(1.0, s.recall("PER"));
    assertEquals(0.0, s.recall("ORG"));
    assertEquals(2, s.falsePositives("ORG"));
    assertEquals(1, s.falsePositives("LOC"));
    assertEquals(1, s.falseNegatives("LOC"));
    assertEquals(1, s.truePositives("ALL"));
    assertEquals(0.25, s.precision("ALL"), 1e-9);
    assertEquals(1.0 / 3, s.recall("ALL"), 1e-9);
    assertEquals(2 * 0.25 / 3 / (0.25 + 1.0 / 3), s.f1("ALL"), 1e-9);
  }

  @Test
  void countsNamesAliasesAndMetonymsButNotDemonyms() {
    String text = "South Korean firms and Korea";
    Entity kr =
        Entity.of(
            "e1", EntityType.LOCATION, Optional.of(LocationSubtype.COUNTRY), "South Korea",
            Optional.of("KR"),
            List.of(
                new Mention(CharSpan.of(text, 0, 12), MentionKind.DEMONYM),
                new Mention(CharSpan.of(text, 23, 28), MentionKind.ALIAS)));
    assertEquals(List.of(new Span(23, 28, "LOC")), EntityEvaluation.ours(List.of(kr)));
    List<NamedSpan> raw =
        List.of(
            new NamedSpan(CharSpan.of(text, 23, 28), "COUNTRY"),
            new NamedSpan(CharSpan.of(text, 0, 5), "DATE"));
    assertEquals(List.of(new Span(23, 28, "LOC")), EntityEvaluation.plain(raw));
  }

  @Test
  void withoutFilesItPrintsUsage() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status =
        EntityEvaluation.run(
            ImmutableList.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(2, status);
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("usage: evaluate entities"));
  }
}
