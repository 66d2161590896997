package org.newsgraph.entities;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.EntityType;
import org.newsgraph.MentionKind;
import org.newsgraph.lexicon.CountryLexicon;
import org.newsgraph.lexicon.EntityStoplist;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.FurnitureKind;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Turns the NER tags of an {@link AnalyzedText} into consolidated entities: groups the mentions of
 * one thing, maps nationality words and acting capitals to their country, fixes multi-word places,
 * and leaves website furniture out. Stateless after construction; thread-safe.
 *
 * <p>Per sentence, {@link MentionFinder} merges CoreNLP's NER spans with the lexicons ({@code
 * countries.tsv}, {@code organizations.tsv}, {@code places.tsv}, {@code entity-stoplist.tsv});
 * {@link OrgCountryRule} ties organisations to the nationality the sentence gives them; acronyms
 * defined in parentheses ("... Commission (NDRC)") become aliases wherever they occur; then {@link
 * EntityGrouper} groups the document's mentions into entities.
 *
 * <p>Furniture (the {@link FurnitureKind} on each sentence, marked before this layer runs):
 * mentions in furniture sentences after the article and in promotion paragraphs are dropped, and an
 * entity named only there does not exist. A related-headline line inside the article ({@link
 * FurnitureKind#INLINE_HEADLINE}) is furniture for quotes and relations, but its names are kept:
 * the headline names things the page is about.
 */
public final class EntityLayer {

  private final CountryLexicon countries;
  private final MentionFinder finder;
  private final OrgCountryRule orgCountry;
  private final EntityGrouper grouper;
  private final NameConsistency consistency;

  public EntityLayer(Lexicons lexicons) {
    checkNotNull(lexicons, "lexicons");
    this.countries = lexicons.countries();
    EntityStoplist stoplist = lexicons.stoplist();
    LexiconMatcher matcher =
        new LexiconMatcher(countries, lexicons.organizations(), lexicons.places());
    this.finder = new MentionFinder(matcher, stoplist, lexicons.cities(), lexicons.isoCountries());
    this.orgCountry = new OrgCountryRule(stoplist);
    this.grouper = new EntityGrouper(countries);
    this.consistency = new NameConsistency(stoplist, lexicons.cities());
  }

  /** The country lexicon this layer uses, for the stages after it. */
  public CountryLexicon countries() {
    return countries;
  }

  /** The entities of {@code text} (furniture sentences already marked). */
  public ResolvedEntities resolve(AnalyzedText text) {
    checkNotNull(text, "text");
    List<Candidate> all = new ArrayList<>();
    Map<String, Candidate> acronymOwners = new HashMap<>();
    for (Sentence s : text.sentences()) {
      if (!s.furnitureKind().keepsNames()) {
        continue;
      }
      List<Candidate> found = finder.find(text, s);
      orgCountry.apply(s, found);
      defineAcronyms(text, s, found, acronymOwners);
      all.addAll(found);
    }
    all = consistency.apply(
        text, all, i -> !text.sentences().get(i).furnitureKind().keepsNames());
    if (!acronymOwners.isEmpty()) {
      addAcronymUses(text, all, acronymOwners);
      all = textDefinitionsFirst(all, acronymOwners);
    }
    all.sort(Comparator.comparingInt((Candidate c) -> c.span().start()));
    return ResolvedEntities.of(grouper.group(all, acronymOwners));
  }

  /**
   * "National Development and Reform Commission (NDRC)": NDRC is an alias of the name before; so is
   * an untagged one-word short name in parentheses ("Coffee Council (Cofco)").
   */
  private static void defineAcronyms(
      AnalyzedText text, Sentence s, List<Candidate> found, Map<String, Candidate> owners) {
    for (int k = 0; k < found.size(); k++) {
      Candidate c = found.get(k);
      int open = c.to();
      if (c.type() != EntityType.ORGANIZATION || open + 2 >= s.size()) {
        continue;
      }
      String o = s.token(open).text();
      String close = s.token(open + 2).text();
      Token acr = s.token(open + 1);
      boolean present = found.stream().anyMatch(x -> x.from() == open + 1);
      if (!(o.equals("(") || o.equals("[")) || !(close.equals(")") || close.equals("]"))
          || !(Acronyms.looksLikeAcronym(acr.text())
              || !present && Acronyms.looksLikeShortName(acr.text()))
          || Acronyms.isWordPrefix(acr.text(), c.text())) {
        continue;
      }
      owners.putIfAbsent(acr.text(), c);
      if (!present) {
        found.add(k + 1, aliasOf(c, s.index(), open + 1, text.span(s, open + 1, open + 1)));
      }
    }
  }

  private static Candidate aliasOf(Candidate owner, int sentence, int from, org.newsgraph.CharSpan span) {
    return new Candidate(
        sentence, from, from + 1, span, owner.type(), owner.subtype(), MentionKind.ALIAS,
        owner.groupKey(), owner.canonical(), owner.country(), owner.countryHint());
  }

  /**
   * An acronym the text defines ("Ceylon Petroleum Corporation (CPC)") means what the text says
   * wherever it stands, also where the gazetteer knows another name with the same letters (CPC, the
   * Communist Party of China): its gazetteer hits become aliases of the defined name.
   */
  private static List<Candidate> textDefinitionsFirst(List<Candidate> all, Map<String, Candidate> owners) {
    List<Candidate> out = new ArrayList<>(all.size());
    for (Candidate c : all) {
      Candidate owner = owners.get(c.text());
      boolean otherLexiconName = owner != null && owner != c && c.to() - c.from() == 1
          && c.groupKey().isPresent() && !c.groupKey().equals(owner.groupKey());
      out.add(otherLexiconName ? aliasOf(owner, c.sentence(), c.from(), c.span()) : c);
    }
    return out;
  }

  /** Every later or earlier bare use of a defined acronym that the tagger missed. */
  private static void addAcronymUses(
      AnalyzedText text,
      List<Candidate> all,
      Map<String, Candidate> owners) {
    java.util.BitSet covered = new java.util.BitSet(text.text().length());
    for (Candidate c : all) {
      covered.set(c.span().start(), c.span().end());
    }
    List<Candidate> extra = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      if (!s.furnitureKind().keepsNames()) {
        continue;
      }
      for (Token t : s.tokens()) {
        Candidate owner = owners.get(t.text());
        if (owner != null && !covered.get(t.start())) {
          extra.add(aliasOf(owner, s.index(), t.index(), text.span(t.start(), t.end())));
        }
      }
    }
    all.addAll(extra);
  }
}
