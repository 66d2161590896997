package org.newsgraph.html;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.io.IOException;
import java.io.Writer;
import java.util.function.IntFunction;
import org.newsgraph.Extraction;

/**
 * Writes one self-contained HTML page section by section, so that a run over many documents
 * never holds the whole page: {@link #begin}, then {@link #document} or {@link #failure} for each
 * document in order, then {@link #end}. The page carries its style and script inline and a
 * Content-Security-Policy that allows only those two, so it works offline and loads nothing.
 * Not thread-safe: one writer per page.
 */
public final class HtmlPage {

  private final Writer out;
  private int documents;
  private boolean ended;

  private HtmlPage(Writer out) {
    this.out = out;
  }

  /** Starts a page titled {@code title} (escaped) on {@code out}. */
  public static HtmlPage begin(Writer out, String title) throws IOException {
    checkNotNull(out, "out");
    checkNotNull(title, "title");
    HtmlPage page = new HtmlPage(out);
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta http-equiv=\"Content-Security-Policy\" content=\""
        + Escape.html(PageAssets.CONTENT_SECURITY_POLICY) + "\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>" + Escape.html(title) + "</title>\n");
    out.write("<style>" + PageAssets.CSS + "</style>\n</head>\n<body>\n");
    out.write("<header class=\"top\">\n<h1>" + Escape.html(title) + "</h1>\n" + LEGEND + "</header>\n");
    return page;
  }

  /**
   * A form with a text box holding {@code text} (escaped) that posts to {@code action} as a
   * form field named {@code text}.
   */
  public HtmlPage form(String action, String text) throws IOException {
    checkNotNull(action, "action");
    checkNotNull(text, "text");
    checkState(!ended, "the page has ended");
    // The line feed after <textarea> is dropped by the parser, so a text starting with one keeps it.
    out.write("<form class=\"ask\" method=\"post\" action=\"" + Escape.html(action)
        + "\" enctype=\"application/x-www-form-urlencoded\" accept-charset=\"utf-8\">\n"
        + "<label for=\"text\">Paste an English news article:</label>\n"
        + "<textarea id=\"text\" name=\"text\" spellcheck=\"false\">\n" + Escape.html(text)
        + "</textarea>\n<br><button type=\"submit\" id=\"submit\">Extract</button>\n</form>\n");
    return this;
  }

  /** The section of one document: its marked text and its tables. */
  public HtmlPage document(String source, String text, Extraction extraction) throws IOException {
    checkNotNull(source, "source");
    checkNotNull(text, "text");
    checkNotNull(extraction, "extraction");
    return section(n -> DocumentView.section(n, source, text, extraction));
  }

  /** The section of a document that failed, with the error's type and message. */
  public HtmlPage failure(String source, String type, String message) throws IOException {
    checkNotNull(source, "source");
    checkNotNull(type, "type");
    checkNotNull(message, "message");
    return section(n -> DocumentView.failure(n, source, type, message));
  }

  /** Writes the next document's section, numbered from 1. */
  private HtmlPage section(IntFunction<String> html) throws IOException {
    checkState(!ended, "the page has ended");
    out.write(html.apply(++documents));
    return this;
  }

  /** Closes the page (the script comes last, once the elements it looks for exist). */
  public void end() throws IOException {
    checkState(!ended, "the page has ended");
    ended = true;
    out.write("<footer>newsgraph · click a highlighted name, a quote or a table row to see its "
        + "places in the text</footer>\n<script>" + PageAssets.SCRIPT + "</script>\n</body>\n</html>\n");
    out.flush();
  }

  /**
   * The policy the page declares in its {@code <meta>} tag, for a server to send as the {@code
   * Content-Security-Policy} header as well.
   */
  public static String contentSecurityPolicy() {
    return PageAssets.CONTENT_SECURITY_POLICY;
  }

  private static final String LEGEND =
      "<div class=\"legend\"><mark class=\"m t-person\">person</mark>"
          + "<mark class=\"m t-organization\">organisation</mark>"
          + "<mark class=\"m t-location s-country\">country</mark>"
          + "<mark class=\"m t-location\">other place</mark>"
          + "<mark class=\"m t-location s-country k-demonym\">demonym</mark>"
          + "<mark class=\"m t-location s-country k-metonym\">metonym</mark>"
          + "<span class=\"q q-direct\">direct quote</span>"
          + "<span class=\"q q-indirect\">indirect quote</span>"
          + "<span class=\"q q-mixed\">mixed quote</span>"
          + "<span class=\"cue\">cue</span>"
          + "<span class=\"spk\">speaker</span></div>\n";
}
