/**
 * The HTML view of an extraction: one self-contained page (inline CSS and script, nothing loaded
 * from the network) showing the article with its entity mentions, quotes and relation evidence
 * marked, and tables of entities, quotes and relations that highlight their places in the text.
 *
 * <p>Every piece of input text is escaped; the page's own style and script are allowed by hash in
 * its Content-Security-Policy, so nothing else can run even if escaping were ever missed.
 */
package org.newsgraph.html;
