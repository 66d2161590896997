package org.newsgraph.html;

import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page's own style and script, read once from the class path ({@code view.css}, {@code
 * view.js} beside this class), and the Content-Security-Policy that allows exactly these two by
 * their SHA-256 and nothing from anywhere else.
 */
final class PageAssets {

  static final String CSS = read("view.css");
  static final String SCRIPT = read("view.js");

  /**
   * No fetch of any kind; only this style and this script; forms post to the page's own origin.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src '"
          + sha256(CSS)
          + "'; script-src '"
          + sha256(SCRIPT)
          + "'; img-src data:; form-action 'self'; base-uri 'none'";

  private PageAssets() {}

  private static String read(String name) {
    URL url = PageAssets.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("resource " + name + " is missing beside " + PageAssets.class);
    }
    try {
      return Resources.toString(url, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    }
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
