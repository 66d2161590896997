package org.newsgraph.quotes;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.newsgraph.Quote;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;

/**
 * Finds direct, indirect and mixed quotes and attributes each to its speaker through an ordered
 * list of sieves. Stateless after construction; thread-safe.
 */
public final class QuoteExtractor {

  public QuoteExtractor(ModelFiles files) {
    checkNotNull(files, "files");
  }

  /** Whether the rules want the dependency parse of {@code sentence}. */
  public boolean wantsParse(Sentence sentence) {
    return false;
  }

  /** The quotes of {@code text}, in text order, with ids "q1", "q2", ... */
  public ImmutableList<Quote> extract(AnalyzedText text, ResolvedEntities entities) {
    checkNotNull(text, "text");
    checkNotNull(entities, "entities");
    return ImmutableList.of(); // TODO(quotes): the real extractor
  }
}
