/**
 * The text model, newsgraph's own view of an analysed text: {@link org.newsgraph.text.AnalyzedText}
 * (the text, its {@link org.newsgraph.text.TextLayout} of paragraphs and lines, its sentences and
 * tokens, dependency arcs where parsed) and the {@link org.newsgraph.text.FurnitureKind} of each
 * sentence, marked once per document by the {@link org.newsgraph.text.FurnitureDetector}. The only
 * input the rule layers see, buildable by hand in tests without any model.
 */
package org.newsgraph.text;
