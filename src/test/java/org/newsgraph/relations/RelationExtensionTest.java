package org.newsgraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ListMultimap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ModelFile;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.text.AnalyzedText;

/**
 * An embedder's own model files (a new sector, a new country alias), added the way {@code
 * NewsGraph.Builder.addModelFile} adds them, take effect with no code change.
 */
class RelationExtensionTest {

  @TempDir Path dir;

  @Test
  void extraSectorAndCountryAliasFilesTakeEffect() throws IOException {
    Path sectors = dir.resolve("my-sectors.tsv");
    Files.writeString(sectors, "# mine\nspace-tourism\tSpace tourism\tspace tourism|space tours\n",
        StandardCharsets.UTF_8);
    Path countries = dir.resolve("my-countries.tsv");
    Files.writeString(countries, "KR\tSouth Korea\tHanguk\n", StandardCharsets.UTF_8);
    ListMultimap<ModelFile, Path> extras = ModelFiles.newExtras();
    extras.put(ModelFile.SECTORS, sectors);
    extras.put(ModelFile.COUNTRIES, countries);
    AnalyzedText text = ParsedTexts.of(
        "Hanguk|NNP|1|nsubj leads|VBZ|-1|root|lead in|IN|4|case space|NN|4|compound tourism|NN|1|obl .|.|1|punct");

    RelationExtractor plain = new RelationExtractor(Lexicons.bundled());
    assertEquals(List.of(), plain.extract(text, ResolvedEntities.none(), List.of()));

    RelationExtractor extended =
        new RelationExtractor(Lexicons.load(ModelFiles.withExtras(extras)));
    Set<String> found = extended.extract(text, ResolvedEntities.none(), List.of()).stream()
        .map(r -> r.country() + " " + r.sector() + " " + r.type())
        .collect(Collectors.toSet());
    assertEquals(Set.of("KR space-tourism ADVANTAGE"), found);
  }
}
