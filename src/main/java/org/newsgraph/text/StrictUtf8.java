package org.newsgraph.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding for the command line's files and the service's request bodies: the first
 * malformed or unmappable byte sequence is an error naming its byte offset, never a silent
 * replacement character. One decoder, so that both doors refuse the same bytes.
 */
public final class StrictUtf8 {

  private StrictUtf8() {}

  /** Bytes that are not valid UTF-8; {@link #byteOffset()} is where the first bad sequence starts. */
  public static final class MalformedUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    private final int byteOffset;

    MalformedUtf8Exception(int byteOffset) {
      super("not valid UTF-8: malformed byte sequence at byte offset " + byteOffset);
      this.byteOffset = byteOffset;
    }

    public int byteOffset() {
      return byteOffset;
    }
  }

  /** The text {@code bytes} encode, or a {@link MalformedUtf8Exception} at the first bad sequence. */
  public static String decode(byte[] bytes) throws MalformedUtf8Exception {
    checkNotNull(bytes, "bytes");
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      throw new MalformedUtf8Exception(in.position());
    }
    out.flip();
    return out.toString();
  }
}
