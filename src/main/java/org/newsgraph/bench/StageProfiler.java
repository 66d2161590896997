package org.newsgraph.bench;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.newsgraph.Extraction;
import org.newsgraph.Quote;
import org.newsgraph.Relation;
import org.newsgraph.entities.EntityLayer;
import org.newsgraph.entities.ResolvedEntities;
import org.newsgraph.lexicon.FurniturePatterns;
import org.newsgraph.lexicon.ModelFiles;
import org.newsgraph.quotes.QuoteExtractor;
import org.newsgraph.relations.RelationExtractor;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.FurnitureDetector;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.TextAnalyzer;

/**
 * Runs the same stages as {@code NewsGraph.extract} with all features on (analyze, furniture,
 * entities, parse of the sentences a stage wants, quotes, relations) and times each one, so that
 * the benchmark can say how much of newsgraph's time is CoreNLP and how much its own rules, and
 * what quotes and relations add. A test checks that it gives the same result as {@code
 * NewsGraph.extract}. Thread-safe (the times go into a caller's {@link StageTimes}).
 */
final class StageProfiler {

  private final TextAnalyzer analyzer;
  private final FurnitureDetector furniture;
  private final EntityLayer entityLayer;
  private final QuoteExtractor quoteExtractor;
  private final RelationExtractor relationExtractor;

  StageProfiler(TextAnalyzer analyzer, ModelFiles files) {
    this.analyzer = checkNotNull(analyzer, "analyzer");
    checkNotNull(files, "files");
    FurniturePatterns furniturePatterns = FurniturePatterns.load(files);
    this.furniture =
        new FurnitureDetector(furniturePatterns.tail(), furniturePatterns.paragraph());
    this.entityLayer = new EntityLayer(files);
    this.quoteExtractor = new QuoteExtractor(files);
    this.relationExtractor = new RelationExtractor(files);
  }

  /** Extracts from {@code text} (not blank), adding each stage's time to {@code times}. */
  Extraction extract(String text, StageTimes times) {
    checkNotNull(text, "text");
    checkNotNull(times, "times");
    long t0 = System.nanoTime();
    AnalyzedText analyzed = analyzer.analyze(text);
    long t1 = System.nanoTime();
    analyzed = furniture.mark(analyzed);
    long t2 = System.nanoTime();
    ResolvedEntities entities = entityLayer.resolve(analyzed);
    long t3 = System.nanoTime();
    times.add(Stage.ANALYZE, t1 - t0);
    times.add(Stage.FURNITURE, t2 - t1);
    times.add(Stage.ENTITIES, t3 - t2);
    analyzed = analyzed.mapSentences(s -> parseIfWanted(s, times));
    long t4 = System.nanoTime();
    ImmutableList<Quote> quotes = quoteExtractor.extract(analyzed, entities);
    long t5 = System.nanoTime();
    ImmutableList<Relation> relations = relationExtractor.extract(analyzed, entities, quotes);
    long t6 = System.nanoTime();
    times.add(Stage.QUOTES, t5 - t4);
    times.add(Stage.RELATIONS, t6 - t5);
    times.countSentences(analyzed.sentences().size());
    return new Extraction(entities.entities(), quotes, relations);
  }

  private Sentence parseIfWanted(Sentence s, StageTimes times) {
    if (s.furniture()) {
      return s;
    }
    long t0 = System.nanoTime();
    boolean forQuotes = quoteExtractor.wantsParse(s);
    boolean forRelations = !forQuotes && relationExtractor.wantsParse(s);
    long t1 = System.nanoTime();
    times.add(Stage.WANTS_PARSE, t1 - t0);
    if (!forQuotes && !forRelations) {
      return s;
    }
    Sentence parsed = analyzer.parse(s);
    times.add(forQuotes ? Stage.PARSE_FOR_QUOTES : Stage.PARSE_FOR_RELATIONS, System.nanoTime() - t1);
    times.countParsed(forQuotes);
    return parsed;
  }

  /** The timed stages. */
  enum Stage {
    /** CoreNLP: tokenize, split, tag, lemmatize, NER. */
    ANALYZE(true),
    /** Rules: website furniture. */
    FURNITURE(false),
    /** Rules: entity consolidation. */
    ENTITIES(false),
    /** Rules: the stages' decisions which sentences to parse. */
    WANTS_PARSE(false),
    /** CoreNLP: dependency parse of the sentences quotes want. */
    PARSE_FOR_QUOTES(true),
    /** CoreNLP: dependency parse of the sentences only relations want. */
    PARSE_FOR_RELATIONS(true),
    /** Rules: quote attribution. */
    QUOTES(false),
    /** Rules: country–sector relations. */
    RELATIONS(false);

    private final boolean coreNlp;

    Stage(boolean coreNlp) {
      this.coreNlp = coreNlp;
    }

    /** Whether the time is CoreNLP's rather than newsgraph's own rules'. */
    boolean coreNlp() {
      return coreNlp;
    }
  }
}
