package org.newsgraph.corenlp;

import static com.google.common.base.Preconditions.checkNotNull;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Counts tokens as CoreNLP's English tokenizer makes them (the tokenizer both newsgraph and plain
 * CoreNLP use), so that throughput in tokens per second means the same for both. Cheap to build;
 * thread-safe.
 */
public final class CoreNlpTokenCounter {

  private final StanfordCoreNLP tokenizer;

  public CoreNlpTokenCounter() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize");
    p.setProperty("tokenize.language", "en");
    this.tokenizer = new StanfordCoreNLP(p, false);
  }

  /** The number of tokens of {@code text}. */
  public int count(String text) {
    checkNotNull(text, "text");
    Annotation doc = new Annotation(text);
    tokenizer.annotate(doc);
    return doc.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
