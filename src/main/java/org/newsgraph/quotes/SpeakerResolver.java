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
import org.newsgraph.entities.EntityMention;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.FirstNames;
import org.newsgraph.lexicon.OrganizationLexicon;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Turns a speaker phrase into a {@link Speaker} for one document: a name to its entity ("Peng" ->
 * Peng Peng), a pronoun to the nearest earlier person or organisation of compatible gender ("he
 * added" -> Ding Shuang), a definite description to the nearest earlier speaker with that role
 * ("the economist said"); an indefinite description stays unnamed. Uses the entity layer's
 * mentions and, where it found none, the tagger's PERSON and ORGANIZATION names.
 *
 * <p>Built once per document in one pass over the tokens; each lookup walks back over at most
 * {@link #LOOKBACK} candidates, so resolution is linear in the document's length.
 */
final class SpeakerResolver {

  /** The most candidates a pronoun looks back over. */
  static final int LOOKBACK = 60;

  /** A name in the text that a pronoun may refer to. */
  private record Candidate(CharSpan span, boolean person, String name, Optional<String> entityId) {}

  private final AnalyzedText text;
  private final ResolvedEntities entities;
  private final RoleLexicon roles;
  private final SpeechCueLexicon cues;
  private final FirstNames firstNames;
  private final OrganizationLexicon organizations;
  private final List<Candidate> candidates = new ArrayList<>();
  private final Map<String, String> fullNameByWord = new HashMap<>();
  private final Map<String, Gender> genderByName = new HashMap<>();
  private final java.util.Set<String> outletFirstWords = new java.util.HashSet<>();

  SpeakerResolver(
      AnalyzedText text,
      ResolvedEntities entities,
      RoleLexicon roles,
      SpeechCueLexicon cues,
      FirstNames firstNames,
      OrganizationLexicon organizations) {
    this.text = text;
    this.entities = entities;
    this.roles = roles;
    this.cues = cues;
    this.firstNames = firstNames;
    this.organizations = organizations;
    collectCandidates();
  }

  private void collectCandidates() {
    List<Candidate> fromEntities = new ArrayList<>();
    for (EntityMention em : entities.mentions()) {
      EntityType type = em.entity().type();
      if (type == EntityType.PERSON || type == EntityType.ORGANIZATION) {
        fromEntities.add(new Candidate(em.mention().span(), type == EntityType.PERSON,
            em.entity().name(), Optional.of(em.entity().id())));
      }
    }
    List<Candidate> fromTags = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      if (s.furniture()) {
        continue;
      }
      int i = 0;
      while (i < s.size()) {
        Token t = s.token(i);
        if (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) {
          int j = i;
          while (j + 1 < s.size() && s.token(j + 1).ner().equals(t.ner())) {
            j++;
          }
          CharSpan span = text.span(s, i, j);
          boolean person = t.ner().equals("PERSON");
          String name = span.text();
          if (person && i > 0) {
            // "Spokeswoman Haley Morris": a title tells the gender
            learnGender(name, roles.gender(s.token(i - 1).text()));
          }
          if (person) {
            if (i == j && fullNameByWord.containsKey(name)) {
              name = fullNameByWord.get(name);
            } else {
              for (int k = i; k <= j; k++) {
                fullNameByWord.putIfAbsent(s.token(k).text(), name);
              }
            }
          }
          if (!person && hasOutletWord(name)) {
            outletFirstWords.add(s.token(i).text());
          }
          fromTags.add(new Candidate(span, person, name, Optional.empty()));
          i = j + 1;
        } else {
          i++;
        }
      }
    }
    // one list in text order: entity mentions win over tagger names at the same place
    int a = 0;
    int b = 0;
    while (a < fromEntities.size() || b < fromTags.size()) {
      if (b >= fromTags.size() || a < fromEntities.size()
          && fromEntities.get(a).span().start() <= fromTags.get(b).span().start()) {
        Candidate c = fromEntities.get(a++);
        while (b < fromTags.size() && fromTags.get(b).span().overlaps(c.span())) {
          b++;
        }
        candidates.add(c);
      } else {
        Candidate c = fromTags.get(b++);
        if (a < fromEntities.size() && fromEntities.get(a).span().overlaps(c.span())) {
          continue;
        }
        candidates.add(c);
      }
    }
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
        String name = em.map(e -> e.entity().name()).orElseGet(() -> expand(p.mention().text()));
        learnGender(name, p.gender());
        return new Speaker(widened(p.mention(), em), em.map(e -> e.entity().id()), name, p.role(),
            org);
      }
      case PRONOUN: {
        String w = p.mention().text().toLowerCase(Locale.ROOT);
        boolean person = w.equals("he") || w.equals("she") || w.equals("his") || w.equals("her");
        boolean it = w.equals("it") || w.equals("its");
        if (person || it) {
          Optional<Candidate> c = nearest(p.mention().start(), person, p.gender());
          if (c.isPresent()) {
            return new Speaker(p.mention(), c.get().entityId(), c.get().name(), Optional.empty(),
                Optional.empty());
          }
        }
        return new Speaker(p.mention(), Optional.empty(), p.mention().text(), Optional.empty(),
            Optional.empty());
      }
      default: {
        return new Speaker(p.mention(), Optional.empty(), p.mention().text(), p.role(), org);
      }
    }
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
              s.organization()));
        }
      }
    }
    return Optional.empty();
  }

  private static Speaker withMention(Speaker s, CharSpan mention) {
    return new Speaker(mention, s.entityId(), s.name(), s.role(), s.organization());
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
      if (!w.isEmpty() && cues.isOutletWord(w)) {
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

  private int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = candidates.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (candidates.get(mid).span().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The entity list, for callers that need canonical names. */
  ImmutableList<Entity> entities() {
    return entities.entities();
  }
}
