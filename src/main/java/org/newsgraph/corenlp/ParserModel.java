package org.newsgraph.corenlp;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.LineNumberReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The weights of CoreNLP's neural dependency parser (Chen and Manning's arc-standard model, the
 * {@code nndep} text format), laid out for fast inference: the input layer is stored per input
 * column and the output layer per hidden unit, so that every inner loop is a plain multiply-add
 * over a contiguous float array that the JIT turns into vector instructions. CoreNLP's own
 * scorer computes the output layer as a chain of scalar double dot products, which made the parse
 * cost more per token than the tagger and NER together.
 *
 * <p>The hidden-layer contribution of every part-of-speech and label feature, and of the model's
 * most frequent word features (the file's pre-computed list, as CoreNLP does), is computed once
 * at load; other word features are computed on first use and kept in a bounded concurrent map.
 * Thread-safe: the weights never change after construction, and unlike CoreNLP's scorer (which
 * synchronises on its cache) no lock is taken.
 */
final class ParserModel {

  /** Word features per configuration (stack, buffer and child positions). */
  static final int WORD_FEATURES = 18;

  /** Part-of-speech features per configuration. */
  static final int POS_FEATURES = 18;

  /** Label features per configuration. */
  static final int LABEL_FEATURES = 12;

  /** All features per configuration, in the model's column order: words, tags, labels. */
  static final int FEATURES = WORD_FEATURES + POS_FEATURES + LABEL_FEATURES;

  /** How many of the file's pre-computed word features are kept (CoreNLP's default too). */
  private static final int PRECOMPUTED_WORDS = 20_000;

  /** How many other word features are kept once computed (4 KB each). */
  private static final int CACHED_WORDS = 20_000;

  private static final int NONE = -1;

  /** Transitions rounded up to a multiple of this, so the output loop has no scalar tail. */
  private static final int LANES = 32;

  static final String UNKNOWN = "-UNKNOWN-";
  static final String NULL = "-NULL-";
  static final String ROOT = "-ROOT-";

  private final Map<String, Integer> wordIds;
  private final Map<String, Integer> posIds;
  private final ImmutableList<String> labels;
  private final int words;
  private final int tags;
  private final int embedding;
  private final int hidden;
  private final float[][] embeddings;
  /** Input weights per input column: {@code inputColumns[feature * embedding + d][h]}. */
  private final float[][] inputColumns;
  private final float[] bias;
  /**
   * Output weights per hidden unit, each row padded with zeros to {@link #paddedTransitions}:
   * {@code outputRows[h][transition]}.
   */
  private final float[][] outputRows;
  private final int transitions;
  private final int paddedTransitions;

  /** Pre-computed hidden contributions of tag and label features: [feature][tag or label id]. */
  private final float[][][] fixedContributions;
  /** Index into {@link #wordContributions} per (word id * WORD_FEATURES + feature), or -1. */
  private final int[] wordContributionIndex;
  private final float[][] wordContributions;
  private final Map<Integer, float[]> rareWords = new ConcurrentHashMap<>();

  private ParserModel(BufferedReader in, String source) throws IOException {
    ModelReader r = new ModelReader(in, source);
    this.words = r.header("dict");
    this.tags = r.header("pos");
    int labelCount = r.header("label");
    this.embedding = r.header("embeddingSize");
    this.hidden = r.header("hiddenSize");
    int features = r.header("numTokens");
    int preComputed = r.header("preComputed");
    // FEATURES (48) is a multiple of 4, as the input loop in best() takes four at a time.
    checkState(
        features == FEATURES,
        "%s: numTokens is %s, expected the arc-standard feature set of %s",
        source,
        features,
        FEATURES);
    int vocabulary = words + tags + labelCount;
    this.embeddings = new float[vocabulary][];
    String[] names = new String[vocabulary];
    for (int i = 0; i < vocabulary; i++) {
      names[i] = r.embeddingRow(embeddings, i, embedding);
    }
    this.wordIds = ids(names, 0, words);
    this.posIds = ids(names, words, tags);
    this.labels = ImmutableList.copyOf(Arrays.asList(names).subList(words + tags, vocabulary));
    checkState(
        labels.get(0).equals(NULL),
        "%s: the first label is %s, expected %s",
        source,
        labels.get(0),
        NULL);
    checkState(wordIds.containsKey(UNKNOWN), "%s: no %s word", source, UNKNOWN);
    checkState(posIds.containsKey(UNKNOWN), "%s: no %s tag", source, UNKNOWN);
    this.inputColumns = r.rows(embedding * FEATURES, hidden);
    this.bias = r.rows(1, hidden)[0];
    this.transitions = labelCount * 2 - 1;
    this.paddedTransitions = (transitions + LANES - 1) / LANES * LANES;
    this.outputRows = new float[hidden][];
    float[][] byHidden = r.rows(hidden, transitions);
    for (int i = 0; i < hidden; i++) {
      outputRows[i] = Arrays.copyOf(byHidden[i], paddedTransitions);
    }

    int[] frequent = r.ints(preComputed);

    this.fixedContributions = new float[FEATURES][][];
    for (int f = WORD_FEATURES; f < FEATURES; f++) {
      int first = f < WORD_FEATURES + POS_FEATURES ? words : words + tags;
      int count = f < WORD_FEATURES + POS_FEATURES ? tags : labelCount;
      fixedContributions[f] = new float[count][];
      for (int i = 0; i < count; i++) {
        fixedContributions[f][i] = contribution(f, first + i);
      }
    }
    this.wordContributionIndex = new int[words * WORD_FEATURES];
    Arrays.fill(wordContributionIndex, -1);
    float[][] kept = new float[Math.min(PRECOMPUTED_WORDS, frequent.length)][];
    int n = 0;
    for (int i = 0; i < frequent.length && n < kept.length; i++) {
      int id = frequent[i] / FEATURES;
      int feature = frequent[i] % FEATURES;
      if (feature < WORD_FEATURES && id < words) {
        int slot = id * WORD_FEATURES + feature;
        if (wordContributionIndex[slot] < 0) {
          wordContributionIndex[slot] = n;
          kept[n++] = contribution(feature, id);
        }
      }
    }
    this.wordContributions = Arrays.copyOf(kept, n);
  }

  /** Models loaded so far, by resource: like CoreNLP's annotator pool, a second analyzer reuses them. */
  private static final Map<String, ParserModel> POOL = new ConcurrentHashMap<>();

  /**
   * The model in {@code resource}, loaded once per process and then shared (it is immutable);
   * {@link #clearPool} forgets it.
   */
  static ParserModel pooled(String resource) {
    checkNotNull(resource, "resource");
    return POOL.computeIfAbsent(resource, ParserModel::loadResource);
  }

  /** Forgets the pooled models; analyzers already built keep theirs. */
  static void clearPool() {
    POOL.clear();
  }

  /** Loads a model in CoreNLP's nndep text format (gzipped) from the class path. */
  static ParserModel loadResource(String resource) {
    checkNotNull(resource, "resource");
    InputStream raw = ParserModel.class.getClassLoader().getResourceAsStream(resource);
    checkArgument(raw != null, "dependency parser model %s is not on the class path", resource);
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8),
            1 << 16)) {
      return read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read dependency parser model " + resource, e);
    }
  }

  /** Reads a model in CoreNLP's nndep text format; {@code source} names it in errors. */
  static ParserModel read(BufferedReader in, String source) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    return new ParserModel(in, source);
  }

  private static Map<String, Integer> ids(String[] names, int from, int count) {
    Map<String, Integer> ids = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      ids.put(names[from + i], from + i);
    }
    return ids;
  }

  /** The hidden-layer contribution of vocabulary item {@code id} at feature {@code feature}. */
  private float[] contribution(int feature, int id) {
    float[] out = new float[hidden];
    addContribution(out, feature, id);
    return out;
  }

  private void addContribution(float[] out, int feature, int id) {
    float[] e = embeddings[id];
    int column = feature * embedding;
    for (int d = 0; d < embedding; d++) {
      float x = e[d];
      float[] w = inputColumns[column + d];
      for (int h = 0; h < out.length; h++) {
        out[h] += x * w[h];
      }
    }
  }

  /** Vocabulary id of a word (the unknown word's if the model does not know it). */
  int wordId(String word) {
    Integer id = wordIds.get(word);
    return id != null ? id : wordIds.get(UNKNOWN);
  }

  /** Vocabulary id of a part-of-speech tag (the unknown tag's if the model does not know it). */
  int posId(String tag) {
    Integer id = posIds.get(tag);
    return id != null ? id : posIds.get(UNKNOWN);
  }

  /** Number of labels, including the model's null label at index 0. */
  int labelCount() {
    return labels.size();
  }

  /** The label's name: {@code nsubj}, {@code nmod:poss}, ... */
  String label(int index) {
    return labels.get(index);
  }

  int transitions() {
    return transitions;
  }


  /** Working arrays for {@link #best}; one per parse, never shared between threads. */
  final class Scratch {
    private final float[] hiddenLayer = new float[hidden];
    private final float[] scores = new float[paddedTransitions];
    private final float[][] inputs = new float[FEATURES][];
  }

  Scratch newScratch() {
    return new Scratch();
  }

  /**
   * The best of the {@code feasible} transitions for one configuration's features: the one with
   * the highest score, the first on ties, as CoreNLP decides. Word features are vocabulary ids;
   * tag and label features are indices into their own lists (tag id minus the word count; label
   * index). Returns -1 if no transition is feasible.
   *
   * <p>The loops take four input vectors, or four hidden units, at a time: each pass over the
   * hidden layer or the scores then does four times the work for one load and store of its
   * target, which C2 turns into vector instructions (one vector or unit at a time, the loop
   * overhead and the stores dominated).
   */
  int best(int[] features, boolean[] feasible, Scratch scratch) {
    float[] h = scratch.hiddenLayer;
    float[] scores = scratch.scores;
    float[][] in = scratch.inputs;
    for (int f = 0; f < WORD_FEATURES; f++) {
      int id = features[f];
      int slot = wordContributionIndex[id * WORD_FEATURES + f];
      in[f] = slot >= 0 ? wordContributions[slot] : rareContribution(f, id);
    }
    for (int f = WORD_FEATURES; f < FEATURES; f++) {
      in[f] = fixedContributions[f][features[f]];
    }
    System.arraycopy(bias, 0, h, 0, hidden);
    for (int f = 0; f < FEATURES; f += 4) {
      float[] x0 = in[f];
      float[] x1 = in[f + 1];
      float[] x2 = in[f + 2];
      float[] x3 = in[f + 3];
      for (int k = 0; k < h.length; k++) {
        h[k] += x0[k] + x1[k] + x2[k] + x3[k];
      }
    }
    for (int i = 0; i < hidden; i++) {
      float x = h[i];
      h[i] = x * x * x;
    }
    Arrays.fill(scores, 0f);
    int i = 0;
    for (; i + 4 <= hidden; i += 4) {
      float a0 = h[i];
      float a1 = h[i + 1];
      float a2 = h[i + 2];
      float a3 = h[i + 3];
      float[] r0 = outputRows[i];
      float[] r1 = outputRows[i + 1];
      float[] r2 = outputRows[i + 2];
      float[] r3 = outputRows[i + 3];
      for (int t = 0; t < scores.length; t++) {
        scores[t] += a0 * r0[t] + a1 * r1[t] + a2 * r2[t] + a3 * r3[t];
      }
    }
    for (; i < hidden; i++) {
      axpy(scores, h[i], outputRows[i]);
    }
    int best = NONE;
    for (int t = 0; t < transitions; t++) {
      if (feasible[t] && (best == NONE || scores[t] > scores[best])) {
        best = t;
      }
    }
    return best;
  }

  /**
   * The hidden-layer contribution of a word feature the model did not pre-compute: computed on
   * first use and kept, up to {@link #CACHED_WORDS} of them (news repeats its names), in a map any
   * thread may fill. Always computed apart and then added, so a score never depends on what was
   * cached before.
   */
  private float[] rareContribution(int feature, int id) {
    Integer key = id * WORD_FEATURES + feature;
    float[] c = rareWords.get(key);
    if (c == null) {
      c = contribution(feature, id);
      if (rareWords.size() < CACHED_WORDS) {
        rareWords.putIfAbsent(key, c);
      }
    }
    return c;
  }

  /** Index of a tag among the tags (for {@link #best}); the unknown tag's if unknown. */
  int tagIndex(String tag) {
    return posId(tag) - words;
  }

  /** {@code into += a * x}, over {@code into}'s length (x as long). */
  private static void axpy(float[] into, float a, float[] x) {
    for (int i = 0; i < into.length; i++) {
      into[i] += a * x[i];
    }
  }

  /** Reads the nndep text format line by line, with errors that name the file and line. */
  private static final class ModelReader {
    private final LineNumberReader in;
    private final String source;

    ModelReader(BufferedReader in, String source) {
      this.in = new LineNumberReader(in);
      this.source = source;
    }

    /** The number of lines read so far: the current line's number. */
    private int line() {
      return in.getLineNumber();
    }

    private String next() throws IOException {
      String s = in.readLine();
      if (s == null) {
        throw new IOException(source + ": unexpected end of file at line " + (line() + 1));
      }
      return s;
    }

    /**
     * Reads a "key=number" header line. Newer models start with "language=..." and "tlp=..."
     * lines (the treebank language pack, which only training and evaluation use): skipped.
     */
    int header(String key) throws IOException {
      String s = next();
      while (line() <= 2 && (s.startsWith("language=") || s.startsWith("tlp="))) {
        s = next();
      }
      int eq = s.indexOf('=');
      if (eq < 0 || !s.substring(0, eq).equals(key)) {
        throw new IOException(source + ":" + line() + ": expected " + key + "=..., found " + s);
      }
      return number(s.substring(eq + 1).trim());
    }

    private int number(String s) throws IOException {
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw new IOException(source + ":" + line() + ": not a whole number: " + s, e);
      }
    }

    /** Reads one "name v1 v2 ..." row into {@code into[row]}; returns the name. */
    String embeddingRow(float[][] into, int row, int size) throws IOException {
      String s = next();
      int space = s.indexOf(' ');
      if (space <= 0) {
        throw new IOException(source + ":" + line() + ": expected a name and " + size + " values");
      }
      into[row] = floats(s, space + 1, size);
      return s.substring(0, space);
    }

    /**
     * Reads {@code count} lines of {@code size} values. The file stores each matrix column by
     * column, so line j holds column j: the rows returned here are the file's lines.
     */
    float[][] rows(int count, int size) throws IOException {
      float[][] out = new float[count][];
      for (int i = 0; i < count; i++) {
        out[i] = floats(next(), 0, size);
      }
      return out;
    }

    int[] ints(int count) throws IOException {
      int[] out = new int[count];
      int n = 0;
      while (n < count) {
        for (String part : next().trim().split(" ")) {
          if (n == count) {
            throw new IOException(source + ":" + line() + ": more than " + count + " ids");
          }
          out[n++] = number(part);
        }
      }
      return out;
    }

    private float[] floats(String s, int from, int size) throws IOException {
      float[] out = new float[size];
      int pos = from;
      for (int i = 0; i < size; i++) {
        int end = s.indexOf(' ', pos);
        if (end < 0) {
          end = s.length();
        }
        if (pos >= end) {
          throw new IOException(
              source + ":" + line() + ": expected " + size + " values, found " + i);
        }
        String value = s.substring(pos, end);
        try {
          out[i] = Float.parseFloat(value);
        } catch (NumberFormatException e) {
          throw new IOException(source + ":" + line() + ": not a number: " + value, e);
        }
        pos = end + 1;
      }
      return out;
    }
  }

  @Override
  public String toString() {
    return "ParserModel{words=" + words + ", tags=" + tags + ", labels=" + labels.size()
        + ", hidden=" + hidden + ", transitions=" + transitions
        + ", precomputedWords=" + wordContributions.length + "}";
  }
}
