/**
 * Newsgraph's own view of an analysed text (tokens, sentences, paragraphs, dependency arcs): the only
 * input the rule layers see, buildable by hand in tests without any model.
 */
package org.newsgraph.text;
