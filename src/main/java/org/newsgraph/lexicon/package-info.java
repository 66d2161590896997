/**
 * Loading of the rule data in {@code models/}: one enum names every file, one reader parses them and
 * fails with {@code file:line: reason}; typed lexicons are built from the lines once, at start.
 */
package org.newsgraph.lexicon;
