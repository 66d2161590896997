package org.newsgraph.entities;

import org.newsgraph.entities.MentionFinder.NerSpan;
import org.newsgraph.lexicon.EntityStoplist;
import org.newsgraph.lexicon.EntityStoplist.Kind;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Widens an NER span over the rest of a hyphenated word that the tokenizer split and the tagger
 * cut: a Korean or Taiwanese given name ("Lee Ga" + "-eun" is Lee Ga-eun), a double-barrelled
 * name ("Abdel" + "-Wahab"), a name particle before it ("al-" + "Sabah"). A name never ends or
 * starts inside a word written without spaces.
 *
 * <p>Person names only (a place or organisation joined by a hyphen is more often a pair, "China-US"):
 * forward, the piece after the hyphen is taken when it is capitalised and untagged, or a lower-case
 * syllable (untagged or tagged person) that is not a combining word ({@code HYPHEN_SUFFIX} in
 * {@code entity-stoplist.tsv}: "-led", "-based"); backward, a capitalised untagged piece. Any
 * person, organisation or place takes a name particle before the hyphen ({@code NAME_PARTICLE}:
 * "al", "el", "bin"). Thread-safe.
 */
final class HyphenatedNames {

  private final EntityStoplist stoplist;

  HyphenatedNames(EntityStoplist stoplist) {
    this.stoplist = stoplist;
  }

  /** The span widened over the hyphenated words it cuts, or the span itself. */
  NerSpan widen(Sentence s, NerSpan n) {
    int from = n.from();
    int to = n.to();
    boolean person = n.label().equals("PERSON");
    if (n.label().equals("MISC")) {
      return n;
    }
    while (person && to + 1 < s.size() && hyphenBetween(s, to - 1, to + 1)) {
      Token next = s.token(to + 1);
      if (!startsWithLetter(next)) {
        break;
      }
      boolean upper = Character.isUpperCase(next.text().codePointAt(0));
      boolean taken;
      if (upper) {
        taken = !next.isNamed();
      } else {
        taken = person
            && (!next.isNamed() || MentionFinder.coarse(next.ner()).equals("PERSON"))
            && !stoplist.has(Kind.HYPHEN_SUFFIX, next.text());
      }
      if (!taken) {
        break;
      }
      to += 2;
    }
    while (from - 2 >= 0 && hyphenBetween(s, from - 2, from)) {
      Token prev = s.token(from - 2);
      if (!startsWithLetter(prev)) {
        break;
      }
      boolean upper = Character.isUpperCase(prev.text().codePointAt(0));
      boolean taken =
          stoplist.has(Kind.NAME_PARTICLE, prev.text())
              || (person && upper && !prev.isNamed() && from - 2 > 0);
      if (!taken) {
        break;
      }
      from -= 2;
    }
    return from == n.from() && to == n.to() ? n : new NerSpan(from, to, n.label());
  }

  /** Whether tokens {@code a}, {@code a+1}, {@code b = a+2} are word, hyphen, word with no spaces. */
  private static boolean hyphenBetween(Sentence s, int a, int b) {
    Token left = s.token(a);
    Token hyphen = s.token(a + 1);
    Token right = s.token(b);
    return isHyphen(hyphen.text()) && left.end() == hyphen.start() && hyphen.end() == right.start();
  }

  private static boolean isHyphen(String t) {
    return t.equals("-") || t.equals("\u2010") || t.equals("\u2011");
  }

  private static boolean startsWithLetter(Token t) {
    return !t.text().isEmpty() && Character.isLetter(t.text().codePointAt(0));
  }
}
