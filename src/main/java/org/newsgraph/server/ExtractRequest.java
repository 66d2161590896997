package org.newsgraph.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.json.ExtractionJson;
import org.newsgraph.text.StrictUtf8;

/**
 * The document a {@code POST /extract} carries, read from its body: {@code text/plain} (the body
 * is the text), {@code application/json} ({@code {"text": ..., "source": ...}}) or {@code
 * application/x-www-form-urlencoded} (a form field {@code text}, as the service's own page posts).
 * UTF-8 only, decoded strictly; the body is read up to the limit and no further.
 */
record ExtractRequest(String text, String source) {

  enum Kind { PLAIN, JSON, FORM }

  /** Reads and checks the body; every refusal is an {@link HttpError} with its status. */
  static ExtractRequest read(Headers headers, InputStream body, int maxBytes)
      throws HttpError, IOException {
    Kind kind = kind(headers.getFirst("Content-Type"));
    String length = headers.getFirst("Content-Length");
    if (length != null) {
      long n;
      try {
        n = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        throw new HttpError(400, "BadRequest", "Content-Length '" + length + "' is not a number");
      }
      if (n > maxBytes) {
        throw tooLarge(n + " bytes", maxBytes);
      }
    }
    byte[] bytes = body.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw tooLarge("more than " + maxBytes + " bytes", maxBytes);
    }
    String decoded = utf8(bytes, "body");
    return switch (kind) {
      case PLAIN -> new ExtractRequest(decoded, null);
      case JSON -> json(decoded);
      case FORM -> form(decoded);
    };
  }

  /** The rest of the body stays unread, so the connection is not reused. */
  private static HttpError tooLarge(String size, int maxBytes) {
    return new HttpError(413, "PayloadTooLarge",
        "request body of " + size + " is over the limit (" + maxBytes + " bytes)",
        Map.of("Connection", "close"));
  }

  /** The body's kind from its media type; any charset but UTF-8 is refused. */
  static Kind kind(String contentType) throws HttpError {
    if (contentType == null || contentType.isBlank()) {
      throw unsupported("no Content-Type");
    }
    String[] parts = contentType.split(";");
    String media = parts[0].trim().toLowerCase(Locale.ROOT);
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=")) {
        String cs = p.substring("charset=".length()).replace("\"", "").trim();
        if (!cs.equals("utf-8") && !cs.equals("utf8")) {
          throw unsupported("charset " + cs + " (only UTF-8 is accepted)");
        }
      }
    }
    return switch (media) {
      case "text/plain" -> Kind.PLAIN;
      case "application/json" -> Kind.JSON;
      case "application/x-www-form-urlencoded" -> Kind.FORM;
      default -> throw unsupported("Content-Type " + media);
    };
  }

  private static HttpError unsupported(String what) {
    return new HttpError(415, "UnsupportedMediaType", what + "; send text/plain, application/json"
        + " or application/x-www-form-urlencoded, in UTF-8");
  }

  private static ExtractRequest json(String body) throws HttpError {
    JsonNode root;
    try {
      root = ExtractionJson.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw new HttpError(400, "BadJson", "body is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new HttpError(400, "BadJson", "body must be a JSON object {\"text\": ..., \"source\": ...}");
    }
    JsonNode text = root.get("text");
    if (text == null || !text.isTextual()) {
      throw new HttpError(400, "BadJson", "field 'text' must be a string");
    }
    JsonNode source = root.get("source");
    if (source != null && !source.isNull() && !source.isTextual()) {
      throw new HttpError(400, "BadJson", "field 'source' must be a string or null");
    }
    return new ExtractRequest(text.asText(), source == null || source.isNull() ? null : source.asText());
  }

  /** The form field {@code text} (and {@code source}, if present), percent-decoded as strict UTF-8. */
  private static ExtractRequest form(String body) throws HttpError {
    String text = null;
    String source = null;
    for (String pair : body.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = percentDecode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : percentDecode(pair.substring(eq + 1));
      if (name.equals("text") && text == null) {
        text = value;
      } else if (name.equals("source") && source == null) {
        source = value;
      }
    }
    if (text == null) {
      throw new HttpError(400, "BadForm", "form field 'text' is missing");
    }
    return new ExtractRequest(text, source);
  }

  static String percentDecode(String s) throws HttpError {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        out.write(' ');
      } else if (c == '%') {
        if (i + 2 >= s.length()) {
          throw new HttpError(400, "BadForm", "truncated %-escape at character " + i);
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw new HttpError(400, "BadForm", "bad %-escape at character " + i);
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        out.write(b, 0, b.length);
      }
    }
    return utf8(out.toByteArray(), "form field");
  }

  /** Strict UTF-8 ({@link StrictUtf8}): a malformed sequence is a 400 naming its byte offset. */
  static String utf8(byte[] bytes, String what) throws HttpError {
    try {
      return StrictUtf8.decode(bytes);
    } catch (StrictUtf8.MalformedUtf8Exception e) {
      throw new HttpError(400, "NotUtf8",
          what + " is not valid UTF-8: malformed byte sequence at byte offset " + e.byteOffset());
    }
  }
}
