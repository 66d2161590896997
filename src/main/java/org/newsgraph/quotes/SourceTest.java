package org.newsgraph.quotes;

import java.util.Locale;
import java.util.Optional;
import org.newsgraph.EntityType;
import org.newsgraph.SpeakerKind;
import org.newsgraph.entities.EntityMention;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.RoleLexicon;
import org.newsgraph.lexicon.SpeechCueLexicon.Mark;
import org.newsgraph.lexicon.SpeechCueLexicon;
import org.newsgraph.lexicon.WordSet;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The source test: whether a speaker phrase names something that can speak, and what kind of
 * source it is. A person (a name, "he", "she", "I", a description headed by a role noun: "the
 * mayor", "a 46-year-old"), a group of people ("officials", "protesters", "most of them", "we",
 * "they"), an organisation or national body (an organisation's or country's name, "the ministry",
 * "it" for an organisation) or a document that states ("the report", "a statement", "the
 * study"). A description headed by any other noun ("the model", "the legislation", "mutual
 * political trust") is no source; so is a generic "you". Names the entity layer did not type stay
 * UNKNOWN and pass. The nouns are data: {@code models/roles.tsv} (role, group and organisation
 * nouns) and the document nouns of {@code models/speech-cues.tsv}.
 */
final class SourceTest {


  private final RoleLexicon roles;
  private final SpeechCueLexicon cues;

  SourceTest(RoleLexicon roles, SpeechCueLexicon cues) {
    this.roles = roles;
    this.cues = cues;
  }

  /**
   * The kind of source {@code p} names, or empty when it cannot speak. {@code entityType} is the
   * type of the entity the phrase resolved to, if any. With {@code saying} (the cue is a verb of
   * telling marked {@code source}: "the old map says ..."), a description headed by a noun that is
   * not listed at all is a source of kind UNKNOWN: what says something states it; a noun listed
   * as a {@code thing} ("state law says") and a generic "you" still fail.
   */
  Optional<SpeakerKind> kind(AnalyzedText text, ResolvedEntities entities, SpeakerPhrase p,
      Optional<EntityType> entityType, boolean saying) {
    String mention = p.mention().text().toLowerCase(Locale.ROOT).trim();
    if (mention.equals("who") || mention.equals("whom")) {
      // "who" stands for a person or a group of people, whatever its antecedent's head
      Optional<SpeakerKind> k = p.antecedent()
          .flatMap(a -> kind(text, entities, a, entityType, saying));
      return Optional.of(k.filter(x -> x == SpeakerKind.GROUP).orElse(SpeakerKind.PERSON));
    }
    if (mention.equals("which") || mention.equals("that")) {
      return p.antecedent().map(a -> kind(text, entities, a, entityType, saying))
          .orElse(Optional.of(SpeakerKind.UNKNOWN));
    }
    if (p.antecedent().isPresent() && p.form() != SpeakerPhrase.Form.PRONOUN) {
      return kind(text, entities, p.antecedent().get(), entityType, saying);
    }
    switch (p.form()) {
      case PRONOUN:
        return pronoun(mention, entityType);
      case NAME:
        return Optional.of(name(text, entities, p, entityType));
      default:
        return description(text, p, saying);
    }
  }

  private static Optional<SpeakerKind> pronoun(String w, Optional<EntityType> entityType) {
    if (WordSet.PERSON_PRONOUN.contains(w)) {
      return Optional.of(SpeakerKind.PERSON);
    }
    if (entityType.isPresent()) {
      return Optional.of(ofEntity(entityType.get()));
    }
    if (WordSet.GROUP_PRONOUN.contains(w)) {
      return Optional.of(SpeakerKind.GROUP);
    }
    if (w.equals("it") || w.equals("its")) {
      return Optional.of(SpeakerKind.UNKNOWN);
    }
    return Optional.empty(); // "you": generic, as in advice
  }

  private static SpeakerKind ofEntity(EntityType t) {
    return t == EntityType.PERSON ? SpeakerKind.PERSON : SpeakerKind.ORGANIZATION;
  }

  private SpeakerKind name(AnalyzedText text, ResolvedEntities entities, SpeakerPhrase p,
      Optional<EntityType> entityType) {
    if (entityType.isPresent()) {
      return ofEntity(entityType.get());
    }
    Optional<EntityMention> em = entities.mentionOverlapping(p.mention().start(),
        p.mention().end());
    if (em.isPresent()) {
      return ofEntity(em.get().entity().type());
    }
    Optional<Sentence> s = text.sentenceAt(p.mention().start());
    Token last = null;
    String ner = "O";
    if (s.isPresent()) {
      for (int k = 0; k < s.get().size(); k++) {
        Token t = s.get().token(k);
        if (t.start() >= p.mention().start() && t.end() <= p.mention().end()) {
          last = t;
          if (!t.ner().equals("O")) {
            ner = t.ner();
          }
        }
      }
    }
    if (last != null) {
      Optional<SpeakerKind> byNoun = roles.kindOfHead(last.text());
      if (byNoun.isPresent()) {
        return byNoun.get();
      }
      if (cues.is(Mark.DOCUMENT_NOUN, last.lemma()) || cues.is(Mark.DOCUMENT_NOUN, last.text())) {
        return SpeakerKind.DOCUMENT;
      }
    }
    return switch (ner) {
      case "PERSON" -> SpeakerKind.PERSON;
      case "ORGANIZATION", "LOCATION", "COUNTRY", "STATE_OR_PROVINCE", "CITY", "NATIONALITY" ->
          SpeakerKind.ORGANIZATION;
      default -> SpeakerKind.UNKNOWN;
    };
  }

  /** The kind of a description by its head noun, the last noun before a preposition or clause. */
  private Optional<SpeakerKind> description(AnalyzedText text, SpeakerPhrase p, boolean saying) {
    Optional<Sentence> s = text.sentenceAt(p.mention().start());
    if (s.isEmpty()) {
      return Optional.of(SpeakerKind.UNKNOWN);
    }
    Token head = null;
    String headText = null;
    boolean joined = false;
    for (int k = 0; k < s.get().size(); k++) {
      Token t = s.get().token(k);
      if (t.end() <= p.mention().start()) {
        continue;
      }
      if (t.start() >= p.mention().end()) {
        break;
      }
      if (t.end() >= p.mention().end() && NounPhrases.isAgeEnd(s.get(), k)) {
        return Optional.of(SpeakerKind.PERSON); // "the 46-year-old said", "the 46 - year - old"
      }
      String w = NounPhrases.lower(t);
      if (head != null && (t.pos().equals("IN") || t.pos().equals("TO")
          || t.pos().startsWith("W") || w.equals(",")
          || t.posStartsWith("VB") || w.equals("(") || w.equals("—") || w.equals("–")
          || NounPhrases.isNounTaggedParticiple(s.get(), k) && !roles.kindOfHead(w).isPresent())) {
        break;
      }
      if (WordSet.SHARE_HEAD.contains(w) || t.pos().equals("CD")
          || WordSet.SHARE_HEAD.contains(w.substring(w.lastIndexOf('-') + 1))) {
        if (head == null) {
          head = t; // "most of them", "43 said": a share of a group
        }
        continue;
      }
      if (w.equals("-") || w.equals("‐")) {
        joined = true; // "front-runner" tokenized as three tokens: the head is the last part
        continue;
      }
      if (NounPhrases.isNoun(t) || t.pos().startsWith("JJ") && w.endsWith("-old")
          || t.pos().equals("PRP")) {
        head = t;
        headText = joined && headText != null ? headText + "-" + t.text() : t.text();
      } else {
        headText = t.text();
      }
      joined = false;
    }
    if (head == null) {
      return Optional.of(SpeakerKind.UNKNOWN);
    }
    String w = NounPhrases.lower(head);
    if (WordSet.SHARE_HEAD.contains(w) || head.pos().equals("CD")
        || WordSet.SHARE_HEAD.contains(w.substring(w.lastIndexOf('-') + 1))) {
      return Optional.of(SpeakerKind.GROUP);
    }
    if (head.pos().startsWith("JJ") || w.endsWith("-old")) {
      return Optional.of(SpeakerKind.PERSON); // "the 46-year-old said"
    }
    if (head.pos().equals("PRP")) {
      return pronoun(w, Optional.empty());
    }
    Token h = head;
    String ht = headText == null ? head.text() : headText;
    Optional<SpeakerKind> byNoun = roles.kindOfHead(ht).or(() -> roles.kindOfHead(h.text()))
        .or(() -> roles.kindOfHead(h.lemma()));
    if (byNoun.isPresent()) {
      return byNoun;
    }
    if (cues.is(Mark.DOCUMENT_NOUN, head.lemma()) || cues.is(Mark.DOCUMENT_NOUN, w)) {
      return Optional.of(SpeakerKind.DOCUMENT);
    }
    if (NounPhrases.isProper(head) || head.isNamed()) {
      return Optional.of(head.ner().equals("PERSON") ? SpeakerKind.PERSON
          : head.isNamed() ? SpeakerKind.ORGANIZATION : SpeakerKind.UNKNOWN);
    }
    return saying && !roles.isThing(ht) && !roles.isThing(h.lemma())
        ? Optional.of(SpeakerKind.UNKNOWN) : Optional.empty();
  }
}
