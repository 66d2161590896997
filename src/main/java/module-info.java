/**
 * newsgraph: entities, quotes and country–sector relations from English news. Exports only the
 * API: {@code org.newsgraph} (the entry point and the result records), {@code org.newsgraph.json}
 * and {@code org.newsgraph.html} (the result as JSON and as a page). Every other package is
 * internal, public only for newsgraph's own packages (its tools, bench, evaluate, the CLI and the
 * service, included), whatever its types' modifiers. On the class path, as most embedders use it,
 * the same packages are the API. The bundled rule data under {@code org/newsgraph/models} is open,
 * so that the class loader finds it.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.newsgraph {
  exports org.newsgraph;
  exports org.newsgraph.json;
  exports org.newsgraph.html;

  // The bundled rule data (models/), read through the class loader by lexicon.ModelFiles.
  opens org.newsgraph.models;

  // The API's records hold Guava's immutable collections; ExtractionJson gives Jackson trees.
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.databind;
  requires edu.stanford.nlp.corenlp;
  requires java.management;
  requires java.net.http;
  requires jdk.httpserver;
  requires jdk.management;
}
