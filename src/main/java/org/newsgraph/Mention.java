package org.newsgraph;

import static com.google.common.base.Preconditions.checkNotNull;

/** One place in the text where an entity is named, and how it is named there. */
public record Mention(CharSpan span, MentionKind kind) {

  public Mention {
    checkNotNull(span, "span");
    checkNotNull(kind, "kind");
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public String text() {
    return span.text();
  }
}
