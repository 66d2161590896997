package org.newsgraph;

/**
 * What a quote's cue reports: words said, a state of mind, or what evidence or perception shows.
 * The kind of each cue is data ({@code models/speech-cues.tsv}, column {@code report}); {@code
 * NewsGraph.Builder.cueKinds} keeps only the kinds a user asks for.
 */
public enum CueKind {
  /** Words said or written: "say", "tell", "announce", "according to", "his claim that". */
  SPEECH,
  /** Beliefs, wishes, plans and judgements: "think", "believe", "want", "hope", "decide". */
  THOUGHT,
  /** What evidence or perception shows: "find", "show", "see", "suggest", "appear", "seem". */
  EVIDENCE
}
