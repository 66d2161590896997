package org.newsgraph.corenlp;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.newsgraph.text.AnalyzedText;
import org.newsgraph.text.Dependency;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.TextLayout;
import org.newsgraph.text.Token;
import org.newsgraph.text.TextAnalyzer;

/**
 * The one door to CoreNLP: tokenizes, splits, tags, lemmatizes and runs NER on a text, and parses
 * chosen sentences with CoreNLP's neural dependency parser model (UD English), decoded by {@link
 * ArcStandardParser}, which gives CoreNLP's parses several times faster; returns newsgraph's own
 * {@link AnalyzedText}. No CoreNLP type leaves this package.
 *
 * <p>Built once (it loads the models; {@code NewsGraph}'s warm-up then runs the first documents, so
 * that what CoreNLP loads lazily is loaded before a real one); thread-safe: CoreNLP's annotators
 * used here keep no per-document state.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {

  private final CoreNlpOptions options;
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP tagger;
  private final ArcStandardParser parser;

  /**
   * Loads the models. Takes seconds; build one and share it. The parser loads on a second thread
   * while the tagger and NER load on this one.
   */
  public CoreNlpAnalyzer(CoreNlpOptions options) {
    this.options = checkNotNull(options, "options");
    FutureTask<ArcStandardParser> parserLoad =
        new FutureTask<>(
            () -> new ArcStandardParser(ParserModel.pooled(DependencyParser.DEFAULT_MODEL)));
    Thread loader = new Thread(parserLoad, "newsgraph-parser-load");
    loader.setDaemon(true);
    loader.start();
    this.splitter = new StanfordCoreNLP(splitterProperties(), false);
    this.tagger = new StanfordCoreNLP(taggerProperties(options), false);
    this.parser = await(parserLoad);
  }

  private static ArcStandardParser await(FutureTask<ArcStandardParser> load) {
    try {
      return load.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the dependency parser", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("could not load the dependency parser", cause);
    }
  }

  public CoreNlpOptions options() {
    return options;
  }

  static Properties splitterProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.language", "en");
    // A line break ends a sentence: headlines, bylines and list items are separate units in news.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return p;
  }

  static Properties taggerProperties(CoreNlpOptions options) {
    Properties p = new Properties();
    p.setProperty("annotators", "pos,lemma,ner");
    p.setProperty("enforceRequirements", "false");
    p.setProperty("ner.model", options.nerModelResources());
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.language", "en");
    return p;
  }

  @Override
  public AnalyzedText analyze(String text) {
    checkNotNull(text, "text");
    TextLayout layout = TextLayout.of(text);
    Annotation doc = new Annotation(layout.unwrapped());
    splitter.annotate(doc);
    List<CoreMap> pieces = capSentences(doc.get(CoreAnnotations.SentencesAnnotation.class));
    doc.set(CoreAnnotations.SentencesAnnotation.class, pieces);
    tagger.annotate(doc);
    ImmutableList.Builder<Sentence> sentences = ImmutableList.builder();
    int index = 0;
    for (CoreMap s : pieces) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        tokens.add(toToken(i, labels.get(i), text));
      }
      sentences.add(Sentence.of(index++, layout.paragraphAt(tokens.get(0).start()), tokens));
    }
    return AnalyzedText.of(layout, sentences.build());
  }

  /** Cuts sentences longer than the cap into consecutive pieces of at most the cap. */
  private List<CoreMap> capSentences(List<CoreMap> sentences) {
    int max = options.maxSentenceTokens();
    List<CoreMap> out = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= max) {
        out.add(s);
        continue;
      }
      for (int from = 0; from < tokens.size(); from += max) {
        List<CoreLabel> part = new ArrayList<>(tokens.subList(from, Math.min(tokens.size(), from + max)));
        CoreMap piece = new ArrayCoreMap();
        piece.set(CoreAnnotations.TokensAnnotation.class, part);
        piece.set(
            CoreAnnotations.CharacterOffsetBeginAnnotation.class, part.get(0).beginPosition());
        piece.set(
            CoreAnnotations.CharacterOffsetEndAnnotation.class,
            part.get(part.size() - 1).endPosition());
        out.add(piece);
      }
    }
    return out;
  }

  private static Token toToken(int index, CoreLabel label, String text) {
    int start = label.beginPosition();
    int end = label.endPosition();
    String ner = label.ner() == null ? "O" : label.ner();
    String word = label.word() == null ? text.substring(start, end) : label.word();
    String lemma = label.lemma() == null ? word : label.lemma();
    String pos = label.tag() == null ? "X" : label.tag();
    return new Token(index, text.substring(start, end), word, start, end, pos, lemma, ner);
  }

  @Override
  public Sentence parse(Sentence sentence) {
    checkNotNull(sentence, "sentence");
    if (sentence.parsed()) {
      return sentence;
    }
    List<String> words = new ArrayList<>(sentence.size());
    List<String> tags = new ArrayList<>(sentence.size());
    for (Token t : sentence.tokens()) {
      words.add(t.word());
      tags.add(t.pos());
    }
    ArcStandardParser.Parse parse = parser.parse(words, tags);
    List<Dependency> arcs = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      int head = parse.heads()[i];
      arcs.add(new Dependency(parse.labels()[i], head < 0 ? Dependency.ROOT : head, i));
    }
    return sentence.withDependencies(arcs);
  }
}
