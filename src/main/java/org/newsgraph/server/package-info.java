/**
 * newsgraph over HTTP: {@code POST /extract} answers with the CLI's JSON or the HTML view, {@code
 * GET /} serves a page with a text box, {@code GET /health} tells readiness. One shared {@link
 * org.newsgraph.NewsGraph}, a bounded number of requests in flight, a JSON error with a clear
 * status for every bad request, and a graceful shutdown. Built on the JDK's own {@code
 * com.sun.net.httpserver} (docs/service.md says why).
 */
package org.newsgraph.server;
