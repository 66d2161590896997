/**
 * Evaluations against annotated corpora: entities on CoNLL-2003, quotes on PolNeAR-style brat files,
 * relations on a JSONL gold file.
 */
package org.newsgraph.eval;
