/**
 * The benchmark: newsgraph against plain CoreNLP on the same corpus, in one process.
 */
package org.newsgraph.bench;
