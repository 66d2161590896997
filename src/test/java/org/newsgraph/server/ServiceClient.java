package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Requests to a service under test on the loopback address. */
final class ServiceClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final ExtractionServer server;

  ServiceClient(ExtractionServer server) {
    this.server = server;
  }

  URI uri(String pathAndQuery) {
    InetSocketAddress a = server.address();
    return URI.create("http://127.0.0.1:" + a.getPort() + pathAndQuery);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  HttpResponse<String> post(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b);
  }

  HttpResponse<String> post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
    return HTTP.send(b.timeout(Duration.ofMinutes(2)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * A POST whose body arrives in two parts: the headers and {@code first} now, the rest when
   * {@link #finish()} is called, so the request stays in flight as long as the test wants.
   */
  SlowRequest slowPost(String text, int first) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    Socket s = new Socket("127.0.0.1", server.address().getPort());
    s.setSoTimeout(120_000);
    OutputStream out = s.getOutputStream();
    out.write(("POST /extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain; charset=utf-8\r\n"
        + "Connection: close\r\nContent-Length: " + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.write(body, 0, first);
    out.flush();
    return new SlowRequest(s, body, first);
  }

  /** A request sent by halves; {@link #finish()} sends the rest and reads the whole answer. */
  record SlowRequest(Socket socket, byte[] body, int sent) {
    /** The raw answer: status line, headers and body. */
    String finish() throws IOException {
      try (socket) {
        OutputStream out = socket.getOutputStream();
        out.write(body, sent, body.length - sent);
        out.flush();
        InputStream in = socket.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  /** Waits (up to two minutes) for a state of the server; a state, never a duration, is tested. */
  static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
      Thread.sleep(5);
    }
  }
}
