package org.newsgraph.cli;

import java.io.IOException;
import java.io.Writer;
import org.newsgraph.json.ExtractionJson;

/** Writes the CLI's records in one {@link OutputFormat}: one record for every input. */
final class RecordWriter {

  private final OutputFormat format;
  private final Writer out;
  private int written;

  RecordWriter(OutputFormat format, Writer out) {
    this.format = format;
    this.out = out;
  }

  void begin() throws IOException {
    if (format == OutputFormat.JSON) {
      out.write("[");
    }
  }

  void write(Outcome o) throws IOException {
    switch (format) {
      case TEXT -> {
        if (written > 0) {
          out.write("\n");
        }
        out.write(
            o.extraction()
                .map(x -> TextReport.of(o.source(), x))
                .orElseGet(() -> TextReport.error(o.source(), o.errorType(), o.errorMessage())));
      }
      case JSON -> {
        out.write(written > 0 ? ",\n" : "\n");
        out.write(ExtractionJson.pretty(tree(o)));
      }
      case JSONL -> {
        out.write(ExtractionJson.compact(tree(o)));
        out.write("\n");
      }
    }
    written++;
  }

  void end() throws IOException {
    if (format == OutputFormat.JSON) {
      out.write(written > 0 ? "\n]\n" : "]\n");
    }
    out.flush();
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode tree(Outcome o) {
    return o.extraction()
        .map(x -> ExtractionJson.toTree(x, o.source()))
        .orElseGet(() -> ExtractionJson.errorTree(o.source(), o.errorType(), o.errorMessage()));
  }
}
