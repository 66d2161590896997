/**
 * The entity layer: consolidates CoreNLP's NER mentions into entities (grouping, aliases, demonyms,
 * capitals standing for governments, gazetteer fixes) and marks website furniture.
 */
package org.newsgraph.entities;
