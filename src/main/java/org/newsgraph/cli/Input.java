package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.text.StrictUtf8;

/**
 * One document the CLI reads: a file, standard input or the bundled demo article, with the source
 * label its output record carries. Text is decoded as strict UTF-8: a malformed byte is an error
 * naming its offset, never a silent replacement character.
 */
abstract class Input {

  private final String source;

  Input(String source) {
    this.source = source;
  }

  /** What the output record names as {@code source}: the path as found, "-", or "demo:...". */
  final String source() {
    return source;
  }

  /** Reads the whole text; {@code maxChars} bounds the bytes read before decoding. */
  abstract String read(int maxChars) throws IOException;

  static Input file(Path path) {
    return new Input(path.toString()) {
      @Override
      String read(int maxChars) throws IOException {
        long size = Files.size(path);
        checkSize(size, maxChars);
        return decode(Files.readAllBytes(path), maxChars);
      }
    };
  }

  static Input stream(String source, InputStream in) {
    return new Input(source) {
      @Override
      String read(int maxChars) throws IOException {
        return decode(in.readNBytes(maxBytes(maxChars) + 1), maxChars);
      }
    };
  }

  /** A class-path resource, for the bundled demo article. */
  static Input resource(String source, String name) {
    return new Input(source) {
      @Override
      String read(int maxChars) throws IOException {
        try (InputStream in = Input.class.getResourceAsStream(name)) {
          if (in == null) {
            throw new IOException("resource " + name + " is missing from the jar");
          }
          return decode(in.readAllBytes(), maxChars);
        }
      }
    };
  }

  /** Each character takes at most 3 UTF-8 bytes (a surrogate pair 4 for 2 characters). */
  private static int maxBytes(int maxChars) {
    return (int) Math.min(Integer.MAX_VALUE - 16, 3L * maxChars);
  }

  private static void checkSize(long bytes, int maxChars) throws IOException {
    if (bytes > maxBytes(maxChars)) {
      throw new InputTooLongException(
          "file of " + bytes + " bytes is longer than the limit (" + maxChars + " characters)");
    }
  }

  /** Strict UTF-8 ({@link StrictUtf8}): the first malformed sequence fails with its byte offset. */
  static String decode(byte[] bytes, int maxChars) throws IOException {
    checkSize(bytes.length, maxChars);
    try {
      return StrictUtf8.decode(bytes);
    } catch (StrictUtf8.MalformedUtf8Exception e) {
      throw new NotUtf8Exception(e.getMessage());
    }
  }

  /** A document that is not valid UTF-8. */
  static final class NotUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;

    NotUtf8Exception(String message) {
      super(message);
    }
  }

  /** A document that is certainly longer than the limit, refused before it is read. */
  static final class InputTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    InputTooLongException(String message) {
      super(message);
    }
  }
}
