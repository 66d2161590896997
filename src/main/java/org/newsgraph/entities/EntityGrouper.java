package org.newsgraph.entities;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.Entity;
import org.newsgraph.EntityType;
import org.newsgraph.LocationSubtype;
import org.newsgraph.Mention;
import org.newsgraph.MentionKind;
import org.newsgraph.lexicon.CountryLexicon;

/**
 * Groups a document's mentions into entities. Mentions a lexicon identified group by what they
 * name (all mentions of the United States; "Yonhap" with "Yonhap News Agency"). The others group
 * by rules: the same name; an acronym defined in parentheses or spelling an organisation's
 * initials ("NDRC"); the first words of a longer organisation name; one word of a person's full
 * name ("Peng" with Peng Peng, "Ding" with Ding Shuang: the nearest earlier full name, else the
 * nearest later one). Entities are numbered e1, e2... in order of first mention.
 */
final class EntityGrouper {

  private final CountryLexicon countries;

  EntityGrouper(CountryLexicon countries) {
    this.countries = countries;
  }

  /** A growing entity. */
  private static final class Group {
    final EntityType type;
    final boolean fromLexicon;
    final List<Candidate> members = new ArrayList<>();
    String name;

    Group(EntityType type, String name, boolean fromLexicon) {
      this.type = type;
      this.name = name;
      this.fromLexicon = fromLexicon;
    }

    int first = Integer.MAX_VALUE;

    void add(Candidate c) {
      members.add(c);
      first = Math.min(first, c.span().start());
    }

    /** Start of the first mention. */
    int firstStart() {
      return first;
    }
  }

  /** Indexes over the groups, so that grouping is linear in the number of mentions. */
  private static final class Index {
    /** type + folded mention text -> group. */
    final Map<String, Group> byText = new HashMap<>();
    /** Initials of organisation names -> group. */
    final Map<String, Group> byInitials = new HashMap<>();
    /** Folded first words (fewer than all) of organisation names -> group. */
    final Map<String, Group> byPrefix = new HashMap<>();
    /** A word of a multi-word person name -> the person groups with that word. */
    final Map<String, List<Group>> personsByWord = new HashMap<>();

    void add(Group g, Candidate c) {
      byText.putIfAbsent(g.type + ":" + fold(c.text()), g);
      byText.putIfAbsent(g.type + ":" + fold(g.name), g);
      if (g.type == EntityType.ORGANIZATION) {
        for (String name : List.of(g.name, c.text())) {
          if (Acronyms.looksLikeAcronym(name)) {
            continue;
          }
          byInitials.putIfAbsent(Acronyms.initials(name), g);
          String[] words = Acronyms.SPACES.split(name.trim());
          StringBuilder prefix = new StringBuilder();
          for (int i = 0; i + 1 < words.length; i++) {
            if (i > 0) {
              prefix.append(' ');
            }
            prefix.append(words[i]);
            byPrefix.putIfAbsent(fold(prefix.toString()), g);
          }
        }
      }
      if (g.type == EntityType.PERSON && g.members.size() == 1 && g.name.contains(" ")) {
        for (String w : Acronyms.SPACES.split(g.name.trim())) {
          personsByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(g);
        }
      }
    }
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * @param candidates every candidate of the document, in text order
   * @param acronymOwners for an acronym defined in parentheses, the candidate it abbreviates
   */
  ImmutableList<Entity> group(List<Candidate> candidates, Map<String, Candidate> acronymOwners) {
    Map<String, Group> groups = new LinkedHashMap<>();
    Map<Candidate, Group> groupOf = new IdentityHashMap<>();
    Index index = new Index();
    List<Candidate> open = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.groupKey().isPresent()) {
        String key = c.groupKey().get();
        Group g = groups.computeIfAbsent(key, k -> new Group(c.type(), lexiconName(c), true));
        g.add(c);
        groupOf.put(c, g);
        index.add(g, c);
      } else {
        open.add(c);
      }
    }
    // Longer names first, so that short forms find them.
    open.sort(Comparator.comparingInt((Candidate c) -> -(c.to() - c.from()))
        .thenComparingInt(c -> c.span().start()));
    for (Candidate c : open) {
      Group g = null;
      if (c.type() == EntityType.PERSON) {
        g = findPerson(index, c);
      } else {
        Candidate owner = acronymOwners.get(c.text());
        if (owner != null && owner != c) {
          g = groupOf.get(owner);
        }
        if (g == null) {
          g = findSameType(index, c);
        }
      }
      if (g == null) {
        g = new Group(c.type(), c.text(), false);
        groups.put("N:" + c.type() + ":" + fold(c.text()), g);
      }
      g.add(c);
      groupOf.put(c, g);
      if (!g.fromLexicon && c.type() == EntityType.ORGANIZATION && longer(c.text(), g.name)) {
        g.name = c.text();
      }
      index.add(g, c);
    }
    List<Group> ordered = new ArrayList<>(groups.values());
    ordered.sort(Comparator.comparingInt(Group::firstStart));
    ImmutableList.Builder<Entity> out = ImmutableList.builder();
    int id = 1;
    for (Group g : ordered) {
      out.add(build("e" + id++, g));
    }
    return out.build();
  }

  private String lexiconName(Candidate c) {
    if (c.groupKey().get().startsWith("C:")) {
      String code = c.groupKey().get().substring(2);
      return countries.name(code).orElse(code);
    }
    return c.canonical().orElse(c.text());
  }

  private static boolean longer(String a, String b) {
    if (Acronyms.looksLikeAcronym(a)) {
      return false;
    }
    return Acronyms.SPACES.split(a).length > Acronyms.SPACES.split(b).length
        || Acronyms.looksLikeAcronym(b);
  }

  /** An existing organisation or place this mention names again or abbreviates. */
  private static Group findSameType(Index index, Candidate c) {
    String text = c.text();
    Group g = index.byText.get(c.type() + ":" + fold(text));
    if (g != null || c.type() != EntityType.ORGANIZATION) {
      return g;
    }
    if (Acronyms.looksLikeAcronym(text)) {
      g = index.byInitials.get(Acronyms.NOT_LETTER.matcher(text).replaceAll(""));
      if (g != null) {
        return g;
      }
    }
    return index.byPrefix.get(fold(text));
  }

  /** The person a name or part of a name refers to: the nearest earlier, else later, full name. */
  private static Group findPerson(Index index, Candidate c) {
    String text = c.text();
    Group exact = index.byText.get(EntityType.PERSON + ":" + fold(text));
    if (text.contains(" ")) {
      return exact;
    }
    Group before = null;
    int beforeStart = -1;
    Group after = null;
    int afterStart = Integer.MAX_VALUE;
    for (Group g : index.personsByWord.getOrDefault(text, List.of())) {
      int start = g.firstStart();
      if (start < c.span().start() && start > beforeStart) {
        before = g;
        beforeStart = start;
      } else if (start > c.span().start() && start < afterStart) {
        after = g;
        afterStart = start;
      }
    }
    if (before != null) {
      return before;
    }
    if (exact != null) {
      return exact;
    }
    return after;
  }

  private static Entity build(String id, Group g) {
    List<Candidate> ms = new ArrayList<>(g.members);
    ms.sort(Comparator.comparingInt((Candidate c) -> c.span().start()));
    List<Mention> mentions = new ArrayList<>();
    Optional<String> country = Optional.empty();
    Optional<String> hint = Optional.empty();
    Optional<LocationSubtype> subtype = Optional.empty();
    int last = -1;
    for (Candidate c : ms) {
      if (c.span().start() < last) {
        continue; // overlapping duplicate
      }
      last = c.span().end();
      MentionKind kind = c.kind();
      if (!g.fromLexicon) {
        kind = c.text().equalsIgnoreCase(g.name) ? MentionKind.NAME : MentionKind.ALIAS;
      }
      mentions.add(new Mention(c.span(), kind));
      if (country.isEmpty()) {
        country = c.country();
      }
      if (hint.isEmpty()) {
        hint = c.countryHint();
      }
      if (c.subtype().isPresent()
          && (subtype.isEmpty() || subtype.get() == LocationSubtype.OTHER)) {
        subtype = c.subtype();
      }
    }
    if (g.type != EntityType.LOCATION) {
      subtype = Optional.empty();
    } else if (subtype.isEmpty()) {
      subtype = Optional.of(LocationSubtype.OTHER);
    }
    Optional<String> code =
        country.isPresent() || g.type == EntityType.PERSON ? country : hint;
    return Entity.of(id, g.type, subtype, g.name, code, mentions);
  }
}
