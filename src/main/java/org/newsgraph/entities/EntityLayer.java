package org.newsgraph.entities;

import static com.google.common.base.Preconditions.checkNotNull;

import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.text.AnalyzedText;

/**
 * Turns the NER tags of an {@link AnalyzedText} into consolidated entities: groups the mentions of
 * one thing, maps nationality words and acting capitals to their country, fixes multi-word places,
 * and leaves website furniture out. Stateless after construction; thread-safe.
 */
public final class EntityLayer {

  public EntityLayer(ModelFiles files) {
    checkNotNull(files, "files");
  }

  /** The entities of {@code text} (furniture sentences already marked). */
  public ResolvedEntities resolve(AnalyzedText text) {
    checkNotNull(text, "text");
    return ResolvedEntities.none(); // TODO(entities): the real layer
  }
}
