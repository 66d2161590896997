/**
 * newsgraph's public API: the entry point {@link org.newsgraph.NewsGraph} (built once, thread-safe)
 * and the immutable result records it returns ({@link org.newsgraph.Extraction}, {@link
 * org.newsgraph.Entity}, {@link org.newsgraph.Quote}, {@link org.newsgraph.Relation}, ...). Offsets
 * are UTF-16 indices into the input, end exclusive; absent values are {@code Optional}, never null.
 */
package org.newsgraph;
