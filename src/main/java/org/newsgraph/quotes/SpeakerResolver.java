package org.newsgraph.quotes;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.CharSpan;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.Outlet;
import org.newsgraph.Speaker;
import org.newsgraph.SpeakerKind;
import org.newsgraph.lexicon.RoleLexicon;
import org.newsgraph.lexicon.SpeechCueLexicon.Mark;
import org.newsgraph.lexicon.SpeechCueLexicon;
import org.newsgraph.quotes.QuoteConfidence.Link;
import org.newsgraph.entities.EntityMention;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.FirstNames;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.lexicon.OrganizationLexicon;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Turns a speaker phrase into a {@link Speaker} for one document: a name to its entity ("Peng" ->
 * Peng Peng), a pronoun to the nearest earlier person or organisation of compatible gender ("he
 * added" -> Ding Shuang), a definite description to the nearest earlier speaker with that role
 * ("the economist said"); an indefinite description stays unnamed. Reads the people and
 * organisations the entity layer grouped (no regrouping of the tagger's names here).
 *
 * <p>Built once per document in one pass over the tokens; each lookup walks back over at most
 * {@link #LOOKBACK} candidates, so resolution is linear in the document's length.
 */
final class SpeakerResolver {

  /** The most candidates a pronoun looks back over. */
  static final int LOOKBACK = 60;

  /** A name in the text that a pronoun may refer to. */
  private record Candidate(CharSpan span, boolean person, String name, Optional<String> entityId,
      String title, int paragraph) {}

  private final AnalyzedText text;
  private final ResolvedEntities entities;
  private final RoleLexicon roles;
  private final SpeechCueLexicon cues;
  private final FirstNames firstNames;
  private final OrganizationLexicon organizations;
  private final QuoteConfidence confidences;
  private final List<Candidate> candidates = new ArrayList<>();
  private final Map<String, String> fullNameByWord = new HashMap<>();
  private final Map<String, Gender> genderByName = new HashMap<>();
  private final java.util.Set<String> outletFirstWords = new java.util.HashSet<>();

  SpeakerResolver(
      AnalyzedText text,
      ResolvedEntities entities,
      Lexicons lexicons,
      QuoteConfidence confidences) {
    this.text = text;
    this.confidences = confidences;
    this.entities = entities;
    this.roles = lexicons.roles();
    this.cues = lexicons.speechCues();
    this.firstNames = lexicons.firstNames();
    this.organizations = lexicons.organizations();
    collectCandidates();
  }

  /**
   * The people and organisations the entity layer found, one candidate per mention in text order,
   * with the role word before each; and from the same mentions what the resolver learns along the
   * way: a person's gender from a title before the name ("Spokeswoman Haley Morris"), the full
   * name of each word of a person's name, and the first words of outlets' names.
   */
  private void collectCandidates() {
    for (EntityMention em : entities.mentions()) {
      EntityType type = em.entity().type();
      if (type != EntityType.PERSON && type != EntityType.ORGANIZATION) {
        continue;
      }
      CharSpan span = em.mention().span();
      if (text.sentenceAt(span.start()).map(s -> Byline.is(text, s)).orElse(false)) {
        continue; // the article's author is no antecedent of "she"
      }
      int paragraph = text.sentenceAt(span.start()).map(Sentence::paragraph).orElse(-1);
      boolean person = type == EntityType.PERSON;
      String name = em.entity().name();
      String title = titleBefore(span.start());
      if (person) {
        learnGender(name, roles.gender(title));
        for (String w : span.text().split("\\s+")) {
          fullNameByWord.putIfAbsent(w, name);
        }
      } else if (hasOutletWord(span.text())) {
        outletFirstWords.add(span.text().split("\\s+")[0]);
      }
      candidates.add(new Candidate(span, person, name, Optional.of(em.entity().id()), title,
          paragraph));
    }
  }

  /** The role word right before offset {@code at} ("Mayor" in "Mayor Lena Ortiz"), or "". */
  private String titleBefore(int at) {
    Optional<Sentence> s = text.sentenceAt(at);
    if (s.isEmpty()) {
      return "";
    }
    Token prev = null;
    for (int k = 0; k < s.get().size() && s.get().token(k).start() < at; k++) {
      prev = s.get().token(k);
    }
    return prev != null && roles.isRole(prev.text()) ? prev.text().toLowerCase(Locale.ROOT) : "";
  }

  /** Records that the person named {@code name} has gender {@code g} (from a role or a name). */
  void learnGender(String name, Gender g) {
    if (g != Gender.UNKNOWN) {
      genderByName.putIfAbsent(name, g);
    }
  }

  /** The speaker for phrase {@code p}, resolved as far as the text allows. */
  Speaker resolve(SpeakerPhrase p) {
    if (p.antecedent().isPresent()) {
      // "Peng, who said ...": the mention is "who", the entity is Peng's
      return withMention(resolve(p.antecedent().get()), p.mention());
    }
    Optional<String> org = p.organization().map(this::organizationName);
    switch (p.form()) {
      case NAME: {
        Optional<EntityMention> em = entities.mentionOverlapping(p.mention().start(),
            p.mention().end());
        if (em.isEmpty()) {
          Optional<Candidate> spelled = spelledOut(p.mention());
          if (spelled.isPresent()) {
            return new Speaker(p.mention(), spelled.get().entityId(), spelled.get().name(),
                p.role(), org, SpeakerKind.UNKNOWN, link(Link.ACRONYM));
          }
          Optional<Candidate> person = personInCapitals(p.mention());
          if (person.isPresent()) {
            return new Speaker(p.mention(), person.get().entityId(), person.get().name(),
                p.role(), org, SpeakerKind.UNKNOWN, link(Link.NAME_ENTITY));
          }
        }
        String name = em.map(e -> e.entity().name()).orElseGet(() -> expand(p.mention().text()));
        learnGender(name, p.gender());
        return new Speaker(widened(p.mention(), em), em.map(e -> e.entity().id()), name, p.role(),
            org, SpeakerKind.UNKNOWN, link(em.isPresent() ? Link.NAME_ENTITY : Link.NAME));
      }
      case PRONOUN: {
        String w = p.mention().text().toLowerCase(Locale.ROOT);
        boolean person = Gender.ofPronoun(w) != Gender.UNKNOWN;
        boolean it = w.equals("it") || w.equals("its");
        Optional<Candidate> c = person || it ? nearest(p.mention().start(), person, p.gender())
            : w.equals("they") || w.equals("them") ? nearbyOrganization(p.mention().start(), "") : Optional.empty();
        if (c.isPresent()) {
          return new Speaker(p.mention(), c.get().entityId(), c.get().name(), Optional.empty(),
              Optional.empty(), SpeakerKind.UNKNOWN, link(Link.PRONOUN));
        }
        return new Speaker(p.mention(), Optional.empty(), p.mention().text(), Optional.empty(),
            Optional.empty(), SpeakerKind.UNKNOWN, link(Link.PRONOUN_UNRESOLVED));
      }
      default: {
        Optional<Candidate> c = p.definite() ? antecedent(p) : Optional.empty();
        if (c.isPresent()) {
          return new Speaker(p.mention(), c.get().entityId(), c.get().name(), p.role(), org,
              SpeakerKind.UNKNOWN, link(Link.DESCRIPTION_ANTECEDENT));
        }
        return new Speaker(p.mention(), Optional.empty(), p.mention().text(), p.role(), org,
            SpeakerKind.UNKNOWN, link(Link.DESCRIPTION));
      }
    }
  }

  private double link(Link l) {
    return confidences.link(l);
  }

  /**
   * The entity a definite description stands for: "the mayor" for the nearest earlier person
   * titled "Mayor"; "the commission", "the ministry" for the nearest earlier organisation whose
   * name holds that noun ("the Harbour Commission"); "the company", "the group" for the nearest
   * organisation of the same or the previous paragraph. Nearest first: the same paragraph before
   * earlier ones.
   */
  private Optional<Candidate> antecedent(SpeakerPhrase p) {
    String[] words = p.mention().text().split("\\s+");
    if (words.length > 3) {
      return Optional.empty(); // "the head of the agency that ..." is no plain description
    }
    String head = words[words.length - 1].toLowerCase(Locale.ROOT);
    if (roles.isRole(head)) {
      int hi = firstAtOrAfter(p.mention().start()) - 1;
      for (int k = hi; k >= 0 && k > hi - LOOKBACK; k--) {
        Candidate c = candidates.get(k);
        if (c.person() && c.title().equals(head)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }
    if (roles.isOrganizationNoun(head)) {
      return nearbyOrganization(p.mention().start(), head);
    }
    return Optional.empty();
  }

  /**
   * The nearest organisation before {@code offset} whose name holds {@code noun} (any distance
   * within the look-back), or, failing that, the nearest organisation of the same or the previous
   * paragraph ({@code noun} "" asks only for the latter).
   */
  private Optional<Candidate> nearbyOrganization(int offset, String noun) {
    int hi = firstAtOrAfter(offset) - 1;
    int par = text.sentenceAt(offset).map(Sentence::paragraph).orElse(-1);
    if (!noun.isEmpty()) {
      for (int k = hi; k >= 0 && k > hi - LOOKBACK; k--) {
        Candidate c = candidates.get(k);
        if (!c.person() && c.entityId().isPresent() && containsWord(c.name(), noun)) {
          return Optional.of(c);
        }
      }
    }
    for (int k = hi; k >= 0 && k > hi - LOOKBACK; k--) {
      Candidate c = candidates.get(k);
      if (c.paragraph() < par - 1) {
        break;
      }
      if (!c.person() && c.entityId().isPresent() && !isOutlet(c.span())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static boolean containsWord(String name, String noun) {
    for (String w : name.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}]+")) {
      if (w.equals(noun) || w.equals(noun + "s")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The organisation an acronym abbreviates: "NDRC" for the National Development and Reform
   * Commission, "HWU" for the Harbour Workers Union (the initials of its capitalised words).
   */
  private Optional<Candidate> spelledOut(CharSpan mention) {
    String m = mention.text();
    if (m.length() < 2 || m.length() > 8 || !m.chars().allMatch(Character::isUpperCase)) {
      return Optional.empty();
    }
    for (Candidate c : candidates) {
      if (c.span().start() >= mention.start()) {
        break;
      }
      if (!c.person() && c.entityId().isPresent() && initials(c.name()).equals(m)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The person a name in capitals stands for ("PENCE" in a transcript's label, "JANE MARSH"): a
   * person the article names whose name holds the label's last word, in any case.
   */
  private Optional<Candidate> personInCapitals(CharSpan mention) {
    String m = mention.text();
    if (m.length() < 2 || !m.equals(m.toUpperCase(Locale.ROOT))
        || m.chars().noneMatch(Character::isLetter)) {
      return Optional.empty();
    }
    String[] words = m.split("\\s+");
    String last = words[words.length - 1];
    for (Candidate c : candidates) {
      if (c.person() && c.entityId().isPresent()) {
        for (String w : c.name().split("\\s+")) {
          if (w.equalsIgnoreCase(last)) {
            return Optional.of(c);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** "National Development and Reform Commission" -> "NDRC". */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  /**
   * The entity mention's span where it holds {@code mention}, ends with it and adds only a name
   * before it (proper nouns and the "of", "and", "for" that join them, opening with a proper
   * noun): the subject rules stop at "and", so "India's Ministry of Electronics and Information
   * Technology said" gives "Information Technology", while the entity layer's mention is the whole
   * name. A mention the entity layer began with a quotation mark or "As" stays as it is.
   */
  private CharSpan widened(CharSpan mention, Optional<EntityMention> em) {
    if (em.isEmpty()) {
      return mention;
    }
    CharSpan whole = em.get().mention().span();
    if (!whole.contains(mention) || whole.end() != mention.end()
        || whole.start() == mention.start()) {
      return mention;
    }
    Optional<Sentence> s = text.sentenceAt(whole.start());
    if (s.isEmpty()) {
      return mention;
    }
    boolean first = true;
    for (int k = 0; k < s.get().size(); k++) {
      Token t = s.get().token(k);
      if (t.end() <= whole.start()) {
        continue;
      }
      if (t.start() < whole.start()) {
        return mention; // the entity's mention starts inside a token
      }
      if (t.start() >= mention.start()) {
        break;
      }
      boolean proper = t.pos().startsWith("NNP");
      if (first ? !proper : !(proper || t.pos().equals("IN") || t.pos().equals("CC")
          || t.pos().equals("POS") || t.text().equals("&"))) {
        return mention;
      }
      first = false;
    }
    return first ? mention : whole;
  }

  /** A definite description ("the economist") as the nearest earlier speaker with that role. */
  Optional<Speaker> resolveDescription(SpeakerPhrase p, List<Speaker> earlier) {
    if (p.antecedent().isPresent()) {
      return resolveDescription(p.antecedent().get(), earlier)
          .map(s -> withMention(s, p.mention()));
    }
    if (p.form() != SpeakerPhrase.Form.DESCRIPTION || !p.definite()) {
      return Optional.empty();
    }
    String[] words = p.mention().text().split("\\s+");
    String head = words[words.length - 1].toLowerCase(Locale.ROOT);
    if (!roles.isRole(head)) {
      return Optional.empty();
    }
    for (int k = earlier.size() - 1; k >= 0 && k >= earlier.size() - LOOKBACK; k--) {
      Speaker s = earlier.get(k);
      if (s.entityId().isPresent() || !s.name().equals(s.mention().text())) {
        if (s.role().map(r -> r.toLowerCase(Locale.ROOT).contains(head)).orElse(false)) {
          return Optional.of(new Speaker(p.mention(), s.entityId(), s.name(), s.role(),
              s.organization(), s.kind(), link(Link.DESCRIPTION_ROLE)));
        }
      }
    }
    return Optional.empty();
  }

  private static Speaker withMention(Speaker s, CharSpan mention) {
    return new Speaker(mention, s.entityId(), s.name(), s.role(), s.organization(), s.kind(),
        s.confidence());
  }

  /** The outlet named by {@code mention}. */
  Outlet outlet(CharSpan mention) {
    Optional<EntityMention> em = entities.mentionOverlapping(mention.start(), mention.end());
    return new Outlet(mention, em.map(e -> e.entity().id()),
        em.map(e -> e.entity().name()).orElse(mention.text()));
  }

  /** Whether {@code mention} names a news outlet: by its own words or its entity's name. */
  boolean isOutlet(CharSpan mention) {
    if (hasOutletWord(mention.text())
        || organizations.lookup(mention.text()).map(o -> o.isMedium()).orElse(false)) {
      return true;
    }
    Optional<EntityMention> em = entities.mentionOverlapping(mention.start(), mention.end());
    if (em.isPresent() && (hasOutletWord(em.get().entity().name())
        || organizations.lookup(em.get().entity().name()).map(o -> o.isMedium()).orElse(false))) {
      return true;
    }
    // a tagged name with an outlet word that starts with this name: "Yonhap News Agency"
    return outletFirstWords.contains(mention.text().split("\\s+")[0]);
  }

  private boolean hasOutletWord(String name) {
    for (String w : name.split("[\\s\\p{Punct}]+")) {
      if (!w.isEmpty() && cues.is(Mark.OUTLET_WORD, w)) {
        return true;
      }
    }
    return false;
  }

  private String organizationName(CharSpan span) {
    Optional<EntityMention> em = entities.mentionOverlapping(span.start(), span.end());
    return em.filter(e -> e.entity().type() == EntityType.ORGANIZATION)
        .map(e -> e.entity().name())
        .orElse(span.text());
  }

  private String expand(String name) {
    return fullNameByWord.getOrDefault(name, name);
  }

  private Optional<Candidate> nearest(int before, boolean person, Gender g) {
    int hi = firstAtOrAfter(before) - 1;
    for (int k = hi; k >= 0 && k > hi - LOOKBACK; k--) {
      Candidate c = candidates.get(k);
      if (c.person() != person) {
        continue;
      }
      Gender known = genderByName.getOrDefault(c.name(), Gender.UNKNOWN);
      if (known == Gender.UNKNOWN) {
        known = firstNames.genderOfFullName(c.name())
            .map(x -> x == FirstNames.Gender.MALE ? Gender.MALE : Gender.FEMALE)
            .orElse(Gender.UNKNOWN);
      }
      if (known.compatibleWith(g)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Index of the first candidate that starts at or after {@code offset}. */
  private int firstAtOrAfter(int offset) {
    // a comparator that never finds the key: binarySearch returns the insertion point
    int i = java.util.Collections.binarySearch(
        com.google.common.collect.Lists.transform(candidates, c -> c.span().start()), offset,
        (start, key) -> start < key ? -1 : 1);
    return -i - 1;
  }


  /** The entity list, for callers that need canonical names. */
  ImmutableList<Entity> entities() {
    return entities.entities();
  }
}
