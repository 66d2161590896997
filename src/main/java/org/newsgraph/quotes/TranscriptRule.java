package org.newsgraph.quotes;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.AttributionRule;
import org.newsgraph.CharSpan;
import org.newsgraph.EntityType;
import org.newsgraph.entities.EntityMention;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.SpeechCueLexicon.CueClass;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The turns of an interview transcript ({@code speaker-label}): a paragraph that opens, maybe after
 * an opening quotation mark, with a speaker's label in capitals and a colon ("ORTIZ: Well, the
 * levy will pass.", "“JANE MARSH: Why now?"). The label speaks and the colon is the cue; the
 * content is the rest of the paragraph and the paragraphs after it up to the next turn (an answer
 * of several paragraphs), but not a stage direction in brackets ("(CROSSTALK)") and, where the
 * turn opened with a quotation mark, only paragraphs that open with one too.
 *
 * <p>A label speaks only when it names a person: one of its words is a word of a person the
 * article names (outside the labels, or as tagged by the name finder on the label itself), or,
 * in a transcript where some label does, it labels two turns or more (the interviewer the article
 * does not otherwise name); and a transcript has {@link #MIN_TURNS} turns or more. So "UPDATE:",
 * "VIDEO:", "EXCLUSIVE:" or a dateline "HARBOURTOWN:" give no quote. A one-letter label ("Q:",
 * "A:") is left out: question-and-answer pages are annotated both ways. Linear in the document's
 * length.
 */
final class TranscriptRule {

  /**
   * Fewest turns a transcript has: a single label in capitals is mostly a dateline ("KLANG:") or a
   * heading, even where its word is a person's.
   */
  static final int MIN_TURNS = 2;

  /** Most words in a speaker label ("JANE MARSH", "SEN. JANE MARSH"). */
  static final int MAX_LABEL_WORDS = 3;

  /** One turn: the attribution and the characters it covers (label to content end). */
  record Turn(Attribution attribution, CharSpan covered) {}

  /** A candidate label paragraph. */
  private record Label(Sentence sentence, int first, int colon, List<String> words) {}

  /** The turns of {@code text}, in text order. */
  ImmutableList<Turn> turns(AnalyzedText text, ResolvedEntities entities) {
    List<Sentence> all = text.sentences();
    // the first sentence of each paragraph, and the paragraphs that open with a label
    List<Sentence> opening = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (i == 0 || all.get(i - 1).paragraph() != all.get(i).paragraph()) {
        opening.add(all.get(i));
      }
    }
    List<Label> labels = new ArrayList<>();
    for (Sentence s : opening) {
      if (!s.furniture()) {
        label(s).ifPresent(labels::add);
      }
    }
    if (labels.isEmpty()) {
      return ImmutableList.of();
    }
    Set<String> people = personWords(text, entities, labels);
    Map<String, Integer> uses = new HashMap<>();
    for (Label l : labels) {
      for (String w : new HashSet<>(l.words())) {
        uses.merge(w, 1, Integer::sum);
      }
    }
    boolean dialogue = false;
    for (Label l : labels) {
      dialogue |= namesPerson(l, people);
    }
    List<Label> kept = new ArrayList<>();
    for (Label l : labels) {
      boolean recurring = false;
      for (String w : l.words()) {
        recurring |= uses.get(w) >= 2;
      }
      if (namesPerson(l, people) || dialogue && recurring) {
        kept.add(l);
      }
    }
    if (kept.size() < MIN_TURNS) {
      return ImmutableList.of(); // "KLANG: The council said ...": a dateline, not a dialogue
    }
    List<Turn> out = new ArrayList<>();
    for (int k = 0; k < kept.size(); k++) {
      Label l = kept.get(k);
      Optional<Label> next = k + 1 < kept.size() ? Optional.of(kept.get(k + 1)) : Optional.empty();
      turn(text, l, next).ifPresent(out::add);
    }
    return ImmutableList.copyOf(out);
  }

  /** The label at the start of {@code s}, if it opens with capitals and a colon. */
  private static Optional<Label> label(Sentence s) {
    int first = s.size() > 0 && NounPhrases.isQuoteMark(s.token(0)) ? 1 : 0;
    int k = first;
    List<String> words = new ArrayList<>();
    while (k < s.size() && k - first < MAX_LABEL_WORDS && capitals(s.token(k).text())) {
      String w = s.token(k).text().replace(".", "").toLowerCase(Locale.ROOT);
      words.add(w);
      k++;
    }
    if (k == first || k >= s.size() - 1 || !s.token(k).text().equals(":")) {
      return Optional.empty();
    }
    boolean letters = false;
    for (String w : words) {
      letters |= w.length() >= 2;
    }
    return letters ? Optional.of(new Label(s, first, k, words)) : Optional.empty();
  }

  /** Whether {@code w} is a word in capitals ("PENCE", "O'NEIL", "SEN."). */
  static boolean capitals(String w) {
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isUpperCase(c) && c != '.' && c != '\'' && c != '’' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** The words of the people the article names outside the labels, in lower case. */
  private static Set<String> personWords(AnalyzedText text, ResolvedEntities entities,
      List<Label> labels) {
    Set<Integer> labelStarts = new HashSet<>();
    for (Label l : labels) {
      labelStarts.add(l.sentence().token(l.first()).start());
    }
    Set<String> words = new HashSet<>();
    for (EntityMention m : entities.mentions()) {
      if (m.entity().type() != EntityType.PERSON || labelStarts.contains(m.mention().start())) {
        continue;
      }
      for (String w : m.mention().text().split("[\\s\\p{Punct}’]+")) {
        if (w.length() >= 2) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }

  private static boolean namesPerson(Label l, Set<String> people) {
    for (int k = l.first(); k < l.colon(); k++) {
      Token t = l.sentence().token(k);
      if (t.ner().equals("PERSON") || people.contains(l.words().get(k - l.first()))) {
        return true;
      }
    }
    return false;
  }

  /** The turn of label {@code l}: its paragraph and the unlabelled ones up to {@code next}. */
  private static Optional<Turn> turn(AnalyzedText text, Label l, Optional<Label> next) {
    Sentence s = l.sentence();
    List<Sentence> all = text.sentences();
    boolean quoted = l.first() == 1;
    int stop = next.map(n -> n.sentence().index()).orElse(all.size());
    Sentence last = s;
    int paragraph = s.paragraph();
    for (int i = s.index() + 1; i < stop; i++) {
      Sentence t = all.get(i);
      if (t.paragraph() != paragraph) {
        // a new paragraph continues the answer only between two turns
        if (next.isEmpty() || t.furniture() || direction(t) || quoted
            && !NounPhrases.isQuoteMark(t.token(0))) {
          break;
        }
        paragraph = t.paragraph();
      }
      last = t;
    }
    int end = TokenRules.lastContentToken(last);
    if (end < 0 || last == s && end <= l.colon()) {
      return Optional.empty();
    }
    CharSpan content = text.span(s.token(l.colon() + 1).start(), last.token(end).end());
    SpeakerPhrase speaker = new SpeakerPhrase(text.span(s, l.first(), l.colon() - 1),
        SpeakerPhrase.Form.NAME, false, Gender.UNKNOWN, Optional.empty(), Optional.empty());
    Attribution a = new Attribution(s.index(), text.span(s, l.colon(), l.colon()),
        Optional.of(speaker), content, CueClass.SPEECH, AttributionRule.SPEAKER_LABEL,
        Optional.empty());
    return Optional.of(new Turn(a, text.span(s.start(), content.end())));
  }

  /** Whether {@code s} is a stage direction in brackets ("(CROSSTALK)", "[Applause.]"). */
  private static boolean direction(Sentence s) {
    int k = NounPhrases.isQuoteMark(s.token(0)) && s.size() > 1 ? 1 : 0;
    String x = s.token(k).text();
    return x.equals("(") || x.equals("[") || x.equals("-LRB-") || x.equals("-LSB-")
        || !TokenRules.hasWord(s, 0, s.size() - 1);
  }
}
