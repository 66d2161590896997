package org.newsgraph.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Writes every UTF-16 surrogate as a {@code \\uXXXX} escape. Input from the wild may hold unpaired
 * surrogates, which no UTF-8 encoder can write: escaped, they survive the trip to a file and back
 * unchanged, so {@code text} in the JSON still equals {@code input.substring(start, end)}. A valid
 * pair (an emoji) becomes two escapes, which every JSON reader joins again.
 */
final class SurrogateEscapes extends CharacterEscapes {

  private static final long serialVersionUID = 1L;

  private final int[] asciiEscapes = CharacterEscapes.standardAsciiEscapesForJSON();

  @Override
  public int[] getEscapeCodesForAscii() {
    return asciiEscapes;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    if (Character.isSurrogate((char) ch)) {
      return new SerializedString(String.format("\\u%04x", ch));
    }
    return null;
  }
}
