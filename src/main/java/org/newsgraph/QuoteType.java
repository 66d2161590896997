package org.newsgraph;

/** How a quote reports speech. */
public enum QuoteType {
  /** Words inside quotation marks. */
  DIRECT,
  /** Reported speech with a cue and no quotation marks: "Ding said the move will help". */
  INDIRECT,
  /** Reported speech that holds a quoted fragment: "Ding said the move “will deepen ties”". */
  MIXED
}
