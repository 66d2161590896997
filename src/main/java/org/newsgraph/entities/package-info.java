/**
 * The entity layer: consolidates CoreNLP's NER mentions into entities (grouping, aliases, demonyms,
 * capitals standing for governments, gazetteer fixes), leaving out the names in website furniture.
 */
package org.newsgraph.entities;
