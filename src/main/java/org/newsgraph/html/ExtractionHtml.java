package org.newsgraph.html;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.newsgraph.Extraction;

/**
 * The HTML view of one document's extraction as a complete, self-contained page: the text with
 * every entity mention highlighted by type, quotes marked by kind with their cue and speaker, and
 * tables of entities, quotes and relations whose rows highlight their places in the text. See
 * {@link HtmlPage} for pages of several documents.
 *
 * <pre>{@code
 * String page = ExtractionHtml.render(text, graph.extract(text));
 * }</pre>
 */
public final class ExtractionHtml {

  private ExtractionHtml() {}

  /** The page of {@code text} and its {@code extraction} (whose spans must index {@code text}). */
  public static String render(String text, Extraction extraction) {
    return render("newsgraph", text, extraction);
  }

  /** As {@link #render(String, Extraction)}, with {@code source} as the page's title. */
  public static String render(String source, String text, Extraction extraction) {
    checkNotNull(source, "source");
    checkNotNull(text, "text");
    StringWriter w = new StringWriter(text.length() * 4 + 16_384);
    try {
      HtmlPage.begin(w, source).document(source, text, extraction).end();
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return w.toString();
  }
}
