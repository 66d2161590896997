package org.newsgraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.corenlp.CoreNlpAnalyzer;
import org.newsgraph.corenlp.CoreNlpOptions;
import org.newsgraph.entities.EntityLayer;
import org.newsgraph.entities.FurnitureDetector;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.ModelFile;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.quotes.QuoteExtractor;
import org.newsgraph.relations.RelationExtractor;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.TextAnalyzer;

/**
 * The entry point: reads English news and returns its entities, quotes and country–sector
 * relations.
 *
 * <pre>{@code
 * NewsGraph graph = NewsGraph.builder().build();   // loads the models: build once, share
 * Extraction result = graph.extract(articleText);  // thread-safe
 * }</pre>
 *
 * <p>Building an instance loads CoreNLP's models (seconds); an instance is immutable and
 * thread-safe, so one instance serves a whole application.
 */
public final class NewsGraph {

  /** The default for {@link Builder#maxTextLength(int)}. */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 1_000_000;

  private final ImmutableSet<Feature> features;
  private final int maxTextLength;
  private final TextAnalyzer analyzer;
  private final FurnitureDetector furniture;
  private final EntityLayer entityLayer;
  private final QuoteExtractor quoteExtractor;
  private final RelationExtractor relationExtractor;

  private NewsGraph(Builder b) {
    this.features = ImmutableSet.copyOf(b.features);
    this.maxTextLength = b.maxTextLength;
    ModelFiles files = ModelFiles.withExtras(b.extraFiles);
    // Rule data first: a malformed model file fails before the slow model load.
    this.furniture = new FurnitureDetector(files);
    this.entityLayer = new EntityLayer(files);
    this.quoteExtractor = new QuoteExtractor(files);
    this.relationExtractor = new RelationExtractor(files);
    this.analyzer = new CoreNlpAnalyzer(b.coreNlpOptions);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The features this instance extracts. */
  public ImmutableSet<Feature> features() {
    return features;
  }

  /**
   * Extracts entities, quotes and relations from one document.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws TextTooLongException if {@code text} is longer than the limit
   */
  public Extraction extract(String text) {
    checkNotNull(text, "text");
    if (text.length() > maxTextLength) {
      throw new TextTooLongException(text.length(), maxTextLength);
    }
    if (text.isBlank()) {
      return Extraction.empty();
    }
    AnalyzedText analyzed = furniture.mark(analyzer.analyze(text));
    ResolvedEntities entities = entityLayer.resolve(analyzed);
    analyzed = analyzed.mapSentences(this::parseIfWanted);
    ImmutableList<Quote> quotes =
        features.contains(Feature.QUOTES)
            ? quoteExtractor.extract(analyzed, entities)
            : ImmutableList.of();
    ImmutableList<Relation> relations =
        features.contains(Feature.RELATIONS)
            ? relationExtractor.extract(analyzed, entities, quotes)
            : ImmutableList.of();
    return new Extraction(entities.entities(), quotes, relations);
  }

  private Sentence parseIfWanted(Sentence s) {
    if (s.furniture()) {
      return s;
    }
    boolean wanted =
        (features.contains(Feature.QUOTES) && quoteExtractor.wantsParse(s))
            || (features.contains(Feature.RELATIONS) && relationExtractor.wantsParse(s));
    return wanted ? analyzer.parse(s) : s;
  }

  /** Options for a {@link NewsGraph}; not thread-safe, build once. */
  public static final class Builder {
    private final Set<Feature> features = EnumSet.allOf(Feature.class);
    private final ListMultimap<ModelFile, Path> extraFiles = ModelFiles.newExtras();
    private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;
    private CoreNlpOptions coreNlpOptions = CoreNlpOptions.defaults();

    private Builder() {}

    /** Extract only these features (entities are always extracted). */
    public Builder features(Set<Feature> wanted) {
      checkNotNull(wanted, "wanted");
      features.clear();
      features.addAll(wanted);
      return this;
    }

    /** Switch one feature on or off. */
    public Builder feature(Feature feature, boolean on) {
      checkNotNull(feature, "feature");
      if (on) {
        features.add(feature);
      } else {
        features.remove(feature);
      }
      return this;
    }

    /**
     * Adds a rule-data file of the same format as the bundled one, read after it: a new sector, a
     * new country alias, a new speech cue. See {@code models/README.md} for the formats.
     */
    public Builder addModelFile(ModelFile kind, Path file) {
      checkNotNull(kind, "kind");
      checkNotNull(file, "file");
      extraFiles.put(kind, file);
      return this;
    }

    /** The longest text {@link #extract} accepts, in characters (default 1,000,000). */
    public Builder maxTextLength(int max) {
      checkArgument(max > 0, "maxTextLength (%s) must be positive", max);
      this.maxTextLength = max;
      return this;
    }

    /**
     * The longest sentence, in tokens, that the tagger, NER and parser see (default 150); longer
     * sentences are cut into pieces. Bounds the time one pathological sentence can take.
     */
    public Builder maxSentenceTokens(int max) {
      this.coreNlpOptions = coreNlpOptions.withMaxSentenceTokens(max);
      return this;
    }

    /** The CoreNLP NER models to run, as classpath resource paths. */
    public Builder nerModels(List<String> models) {
      this.coreNlpOptions = coreNlpOptions.withNerModels(ImmutableList.copyOf(models));
      return this;
    }

    /** Loads the models and builds the instance. */
    public NewsGraph build() {
      return new NewsGraph(this);
    }
  }
}
