package org.newsgraph.quotes;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * Finds the stretches of a text that stand inside quotation marks, in one pass (linear in the
 * text's length).
 *
 * <p>Marks: curly double quotes “ ”, low „, guillemets « », straight ", and single quotes ‘ ’ and '
 * used as quotation marks (an opening single mark must start a word and a closing one end it, so
 * that apostrophes in "Korea’s" or "don't" are skipped). Single marks inside a double-quoted
 * stretch are nested quotes and stay part of its content.
 *
 * <p>A quote never runs past its line: at a line break an open quote continues only if the next
 * non-blank line starts with an opening mark (a quote over several paragraphs re-opens the mark in
 * each and closes it only in the last). Otherwise an open double quote ends with its line, and an
 * open single mark is dropped as an apostrophe.
 */
public final class QuoteMarkScanner {

  private QuoteMarkScanner() {}

  /** The quoted stretches of {@code text}, in text order, never overlapping. */
  public static ImmutableList<QuoteSpan> scan(String text) {
    checkNotNull(text, "text");
    ImmutableList.Builder<QuoteSpan> out = ImmutableList.builder();
    int n = text.length();
    int open = -1;
    boolean single = false;
    boolean paragraphs = false;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (open >= 0) {
          int j = i;
          while (j < n && Character.isWhitespace(text.charAt(j))) {
            j++;
          }
          if (j < n && reopens(text, j, single)) {
            paragraphs = true;
            i = j + 1;
            continue;
          }
          if (!single) {
            emit(out, text, open, i, i, false, paragraphs);
          }
          open = -1;
        }
        i++;
        continue;
      }
      if (open < 0) {
        if (opensDouble(text, i)) {
          open = i;
          single = false;
          paragraphs = false;
        } else if (opensSingle(text, i)) {
          open = i;
          single = true;
          paragraphs = false;
        }
      } else if (!single) {
        if (closesDouble(text, i)) {
          emit(out, text, open, i, i + 1, true, paragraphs);
          open = -1;
        } else if (c == '“' || c == '„') {
          open = i; // an unclosed quote before: restart at the newer mark
          paragraphs = false;
        }
      } else if (closesSingle(text, i)) {
        emit(out, text, open, i, i + 1, true, paragraphs);
        open = -1;
      } else if (opensDouble(text, i) && c != '"') {
        open = i; // a curly double mark inside a single quote: the single one was an apostrophe
        single = false;
        paragraphs = false;
      }
      i++;
    }
    if (open >= 0 && !single) {
      emit(out, text, open, n, n, false, paragraphs);
    }
    return out.build();
  }

  private static void emit(
      ImmutableList.Builder<QuoteSpan> out,
      String text,
      int open,
      int contentEnd,
      int end,
      boolean closed,
      boolean paragraphs) {
    int s = open + 1;
    int e = contentEnd;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    boolean hasWord = false;
    for (int k = s; k < e && !hasWord; k++) {
      hasWord = Character.isLetterOrDigit(text.charAt(k));
    }
    if (hasWord) {
      out.add(new QuoteSpan(open, s, e, Math.max(end, e), closed, paragraphs));
    }
  }

  private static boolean reopens(String text, int j, boolean single) {
    char c = text.charAt(j);
    return single ? c == '‘' || c == '\'' : c == '“' || c == '"' || c == '„' || c == '«';
  }

  private static boolean opensDouble(String text, int i) {
    char c = text.charAt(i);
    if (c == '“' || c == '„' || c == '«') {
      return true;
    }
    if (c == '"') {
      // straight mark: opens unless it is glued to a word before and followed by a space (12" pipe)
      return !(before(text, i) != ' ' && Character.isLetterOrDigit(before(text, i))
          && Character.isWhitespace(after(text, i)));
    }
    return false;
  }

  private static boolean closesDouble(String text, int i) {
    char c = text.charAt(i);
    return c == '”' || c == '"' || c == '»' || c == '“' && isEndish(after(text, i));
  }

  private static boolean opensSingle(String text, int i) {
    return isSingle(text.charAt(i), '‘') && !Character.isLetterOrDigit(before(text, i))
        && Character.isLetter(after(text, i));
  }

  private static boolean closesSingle(String text, int i) {
    return isSingle(text.charAt(i), '’') && !Character.isWhitespace(before(text, i))
        && !Character.isLetterOrDigit(after(text, i));
  }

  /** Whether {@code c} is the curly single mark {@code curly} or the straight apostrophe. */
  private static boolean isSingle(char c, char curly) {
    return c == curly || c == '\'';
  }

  private static boolean isEndish(char c) {
    return Character.isWhitespace(c) || c == '\0' || c == '.' || c == ',';
  }

  private static char before(String text, int i) {
    return i > 0 ? text.charAt(i - 1) : ' ';
  }

  private static char after(String text, int i) {
    return i + 1 < text.length() ? text.charAt(i + 1) : ' ';
  }
}
