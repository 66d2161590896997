package org.newsgraph.robustness;

/**
 * Turns fuzzer bytes into a Java string that can hold anything a crawler may hand the library,
 * including unpaired surrogates: UTF-8 where the bytes are valid; a three-byte encoded surrogate
 * ({@code ED A0..BF 80..BF}, as in WTF-8/CESU-8) as the lone surrogate it encodes; any other bad
 * byte {@code b} as the lone low surrogate {@code U+DC00+b} (Python's "surrogateescape").
 */
final class FuzzBytes {

  private FuzzBytes() {}

  static String decode(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int need;
      int cp;
      if (b < 0x80) {
        out.append((char) b);
        i++;
        continue;
      } else if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        cp = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        cp = b & 0x07;
      } else {
        out.append((char) (0xDC00 + b));
        i++;
        continue;
      }
      if (i + need >= bytes.length) { // truncated sequence
        out.append((char) (0xDC00 + b));
        i++;
        continue;
      }
      boolean ok = true;
      for (int k = 1; k <= need; k++) {
        int c = bytes[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (c & 0x3F);
      }
      boolean overlong =
          (need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF));
      if (!ok || overlong) {
        out.append((char) (0xDC00 + b));
        i++;
        continue;
      }
      out.appendCodePoint(cp); // a surrogate code point (ED A0..BF xx) becomes a lone surrogate char
      i += need + 1;
    }
    return out.toString();
  }
}
