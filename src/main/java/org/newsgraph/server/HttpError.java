package org.newsgraph.server;

import java.util.Map;

/**
 * A request the service refuses: the status, a short error type for the JSON body and a message
 * saying why, and any headers the status calls for ({@code Allow}, {@code Retry-After}).
 */
final class HttpError extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final transient Map<String, String> headers;

  HttpError(int status, String type, String message) {
    this(status, type, message, Map.of());
  }

  HttpError(int status, String type, String message, Map<String, String> headers) {
    super(message);
    this.status = status;
    this.type = type;
    this.headers = Map.copyOf(headers);
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }

  Map<String, String> headers() {
    return headers;
  }
}
