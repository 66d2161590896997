/**
 * The extraction pipeline as an ordered list of {@link org.newsgraph.pipeline.Stage}s (analyse,
 * furniture, entities, parse on demand, quotes, relations), built once from the model files and
 * run by {@code NewsGraph} on each document; a {@link org.newsgraph.pipeline.StageProbe} watches a
 * run (the benchmark's stage profile). Internal: not part of the library's API.
 */
package org.newsgraph.pipeline;
