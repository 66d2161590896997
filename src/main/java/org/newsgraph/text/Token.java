package org.newsgraph.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One token as the rules see it: its text exactly as in the input, its character offsets (UTF-16,
 * end exclusive), its part of speech (Penn Treebank tag), lemma and coarse NER tag ("PERSON",
 * "ORGANIZATION", "LOCATION", "MISC" or "O").
 *
 * <p>{@code index} is the token's position in its sentence, from 0. {@code word} is the form the
 * tagger saw (the tokenizer may normalise quotes and brackets); rules should read {@link #text()}.
 */
public record Token(
    int index, String text, String word, int start, int end, String pos, String lemma, String ner) {

  public Token {
    checkArgument(index >= 0, "index (%s) must not be negative", index);
    checkNotNull(text, "text");
    checkNotNull(word, "word");
    checkArgument(start >= 0, "start (%s) must not be negative", start);
    checkArgument(end >= start, "end (%s) must not be less than start (%s)", end, start);
    checkNotNull(pos, "pos");
    checkNotNull(lemma, "lemma");
    checkNotNull(ner, "ner");
  }

  /** Whether the part-of-speech tag starts with {@code prefix} ("NN", "VB", "JJ"...). */
  public boolean posStartsWith(String prefix) {
    return pos.startsWith(prefix);
  }

  /** Whether the NER tag is not "O". */
  public boolean isNamed() {
    return !ner.equals("O");
  }
}
