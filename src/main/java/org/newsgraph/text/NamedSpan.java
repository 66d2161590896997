package org.newsgraph.text;

import static com.google.common.base.Preconditions.checkNotNull;

import org.newsgraph.CharSpan;

/** A labelled stretch of text, such as one raw NER mention of CoreNLP ("PERSON", "CITY"). */
public record NamedSpan(CharSpan span, String label) {

  public NamedSpan {
    checkNotNull(span, "span");
    checkNotNull(label, "label");
  }
}
