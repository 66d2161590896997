/**
 * Quote extraction and speaker attribution: direct, indirect and mixed quotes, resolved to entities by an
 * ordered list of small sieves, each naming itself in the result.
 */
package org.newsgraph.quotes;
