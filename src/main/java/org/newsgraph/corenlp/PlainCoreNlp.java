package org.newsgraph.corenlp;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.newsgraph.CharSpan;
import org.newsgraph.text.NamedSpan;

/**
 * CoreNLP as a user who reaches for it directly runs it: {@code
 * annotators=tokenize,ssplit,pos,lemma,ner} at CoreNLP's defaults (three CRF models, SUTime,
 * numeric classifiers, fine-grained NER). The baseline that the evaluations and the benchmark
 * compare newsgraph with. Thread-safe.
 */
public final class PlainCoreNlp {

  private final StanfordCoreNLP pipeline;

  /** Loads CoreNLP's default NER pipeline (takes seconds). */
  public PlainCoreNlp() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    this.pipeline = new StanfordCoreNLP(p);
  }

  /**
   * Runs the pipeline and returns its entity mentions with their NER labels, in text order. The
   * pronouns that CoreNLP's entity-mention annotator adds as PERSON mentions ("he", "her") are left
   * out: they are not names, and no NER evaluation counts them.
   */
  public ImmutableList<NamedSpan> entityMentions(String text) {
    checkNotNull(text, "text");
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    ImmutableList.Builder<NamedSpan> out = ImmutableList.builder();
    List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions != null) {
      for (CoreMap m : mentions) {
        if (onlyPronouns(m.get(CoreAnnotations.TokensAnnotation.class))) {
          continue;
        }
        int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        out.add(new NamedSpan(CharSpan.of(text, start, end), m.get(CoreAnnotations.NamedEntityTagAnnotation.class)));
      }
    }
    return out.build();
  }

  private static boolean onlyPronouns(List<CoreLabel> tokens) {
    if (tokens == null || tokens.isEmpty()) {
      return false;
    }
    for (CoreLabel t : tokens) {
      if (t.tag() == null || !t.tag().startsWith("PRP")) {
        return false;
      }
    }
    return true;
  }

  /** Runs the pipeline and returns the number of tokens, for benchmarks. */
  public int annotate(String text) {
    checkNotNull(text, "text");
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    return doc.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
