package org.newsgraph.text;

/**
 * What a sentence is on the page: article text, or one kind of website furniture (see {@link
 * FurnitureDetector} for the rules). Quotes and relations skip every kind of furniture; the entity
 * layer keeps the names of an inline headline, since a related headline names things the page is
 * about.
 */
public enum FurnitureKind {
  /** Article text: not furniture. */
  ARTICLE,
  /** A trailer line ("More from ...:") and everything after it. */
  TRAILER,
  /** A paragraph with a promotion or copyright line ("Follow us on", "Copyright"). */
  PROMOTION,
  /** A related-headline line between two body paragraphs of the article. */
  INLINE_HEADLINE;

  /** Whether a sentence of this kind is furniture, left out by quotes and relations. */
  public boolean isFurniture() {
    return this != ARTICLE;
  }

  /** Whether the entity layer keeps the names of a sentence of this kind. */
  public boolean keepsNames() {
    return this == ARTICLE || this == INLINE_HEADLINE;
  }
}
