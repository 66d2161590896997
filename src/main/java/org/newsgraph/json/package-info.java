/**
 * JSON (Jackson) serialisation of extraction results, versioned by {@code schemaVersion}.
 */
package org.newsgraph.json;
