package org.newsgraph.relations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.newsgraph.Quote;
import org.newsgraph.Relation;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;

/**
 * Finds country–sector relations as defined by the country–sector guideline. Stateless after
 * construction; thread-safe.
 */
public final class RelationExtractor {

  public RelationExtractor(ModelFiles files) {
    checkNotNull(files, "files");
  }

  /** Whether the rules want the dependency parse of {@code sentence}. */
  public boolean wantsParse(Sentence sentence) {
    return false;
  }

  /** The relations of {@code text}, in text order. */
  public ImmutableList<Relation> extract(
      AnalyzedText text, ResolvedEntities entities, List<Quote> quotes) {
    checkNotNull(text, "text");
    checkNotNull(entities, "entities");
    checkNotNull(quotes, "quotes");
    return ImmutableList.of(); // TODO(relations): the real extractor
  }
}
