package org.newsgraph.corenlp;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.List;

/**
 * Greedy arc-standard dependency parsing with a {@link ParserModel}: the same transition system,
 * feature set and decision rule as CoreNLP's {@code nndep} parser (Chen and Manning 2014), so it
 * gives CoreNLP's parses (a test compares the two), in a fraction of the time. Children are kept
 * per head as they are attached (the two leftmost, the two rightmost), so a configuration's
 * features cost constant time instead of a scan of the sentence.
 *
 * <p>Thread-safe: the model is immutable and each call works on its own arrays.
 */
final class ArcStandardParser {

  private static final int NONE = -1;

  private final ParserModel model;
  private final int rootLabel;
  private final int nullWord;
  private final int rootWord;
  private final int nullTag;
  private final int rootTag;

  ArcStandardParser(ParserModel model) {
    this.model = checkNotNull(model, "model");
    // The model's labels start with its null label; the next one is the root label (CoreNLP's
    // ParsingSystem takes the first label after the null label as the root's).
    this.rootLabel = 1;
    this.nullWord = model.wordId(ParserModel.NULL);
    this.rootWord = model.wordId(ParserModel.ROOT);
    this.nullTag = model.tagIndex(ParserModel.NULL);
    this.rootTag = model.tagIndex(ParserModel.ROOT);
  }

  /** A parse: per token (0-based), the head (0-based; -1 for the root) and the label. */
  record Parse(int[] heads, String[] labels) {}

  /** Parses one sentence given its words and part-of-speech tags (same length, at least one). */
  Parse parse(List<String> words, List<String> tags) {
    checkNotNull(words, "words");
    checkNotNull(tags, "tags");
    checkArgument(
        words.size() == tags.size(),
        "words (%s) and tags (%s) differ in length",
        words.size(),
        tags.size());
    checkArgument(!words.isEmpty(), "cannot parse an empty sentence");
    return new Run(words, tags).parse();
  }

  /** The state of one parse. Nodes are 1-based; 0 is the root. */
  private final class Run {
    private final int n;
    private final int[] wordIds;
    private final int[] tagIds;
    private final int[] head;
    private final int[] label;
    private final int[] left1;
    private final int[] left2;
    private final int[] right1;
    private final int[] right2;
    private final int[] stack;
    private int stackSize;
    private int next;
    private final int[] features = new int[ParserModel.FEATURES];
    private final ParserModel.Scratch scratch = model.newScratch();
    private final boolean[] feasible = new boolean[model.transitions()];

    Run(List<String> words, List<String> tags) {
      n = words.size();
      wordIds = new int[n + 1];
      tagIds = new int[n + 1];
      wordIds[0] = rootWord;
      tagIds[0] = rootTag;
      for (int i = 1; i <= n; i++) {
        wordIds[i] = model.wordId(words.get(i - 1));
        tagIds[i] = model.tagIndex(tags.get(i - 1));
      }
      head = new int[n + 1];
      label = new int[n + 1];
      left1 = new int[n + 1];
      left2 = new int[n + 1];
      right1 = new int[n + 1];
      right2 = new int[n + 1];
      Arrays.fill(head, NONE);
      Arrays.fill(left1, NONE);
      Arrays.fill(left2, NONE);
      Arrays.fill(right1, NONE);
      Arrays.fill(right2, NONE);
      stack = new int[n + 1];
      stack[stackSize++] = 0;
      next = 1;
    }

    Parse parse() {
      int labels = model.labelCount() - 1;
      while (!(stackSize == 1 && next > n)) {
        int buffered = n - next + 1;
        if (stackSize <= 2 && buffered > 0) {
          apply(2 * labels, labels); // only a shift can apply
          continue;
        }
        if (stackSize == 2) {
          apply(labels, labels); // only the root arc can apply
          continue;
        }
        fillFeatures();
        for (int t = 0; t < feasible.length; t++) {
          feasible[t] = canApply(t, labels);
        }
        int best = model.best(features, feasible, scratch);
        if (best == NONE) {
          throw new IllegalStateException("no transition applies; stack " + stackSize);
        }
        apply(best, labels);
      }
      int[] heads = new int[n];
      String[] names = new String[n];
      for (int i = 1; i <= n; i++) {
        heads[i - 1] = head[i] - 1;
        names[i - 1] = head[i] == 0 ? "root" : model.label(label[i]);
      }
      return new Parse(heads, names);
    }

    private int stack(int k) {
      return k < stackSize ? stack[stackSize - 1 - k] : NONE;
    }

    private int buffer(int k) {
      int i = next + k;
      return i <= n ? i : NONE;
    }

    /** CoreNLP's canApply for transition {@code t}: L(label) ..., R(label) ..., S. */
    private boolean canApply(int t, int labels) {
      int buffered = n - next + 1;
      if (t == 2 * labels) {
        return buffered > 0;
      }
      boolean leftArc = t < labels;
      int arcLabel = (leftArc ? t : t - labels) + 1;
      int h = leftArc ? stack(0) : stack(1);
      if (h < 0) {
        return false;
      }
      if ((h == 0) != (arcLabel == rootLabel)) {
        return false;
      }
      return leftArc ? stackSize > 2 : stackSize > 2 || (stackSize == 2 && buffered == 0);
    }

    private void apply(int t, int labels) {
      if (t == 2 * labels) {
        stack[stackSize++] = next++;
        return;
      }
      int top = stack(0);
      int second = stack(1);
      if (t < labels) {
        attach(top, second, t + 1);
        stack[stackSize - 2] = top;
      } else {
        attach(second, top, t - labels + 1);
      }
      stackSize--;
    }

    private void attach(int h, int d, int arcLabel) {
      head[d] = h;
      label[d] = arcLabel;
      if (d < h) {
        if (left1[h] == NONE || d < left1[h]) {
          left2[h] = left1[h];
          left1[h] = d;
        } else if (left2[h] == NONE || d < left2[h]) {
          left2[h] = d;
        }
      } else {
        if (right1[h] == NONE || d > right1[h]) {
          right2[h] = right1[h];
          right1[h] = d;
        } else if (right2[h] == NONE || d > right2[h]) {
          right2[h] = d;
        }
      }
    }

    private int leftChild(int k) {
      return k < 0 ? NONE : left1[k];
    }

    private int rightChild(int k) {
      return k < 0 ? NONE : right1[k];
    }

    private void fillFeatures() {
      int f = 0;
      for (int j = 2; j >= 0; j--) {
        node(f++, stack(j));
      }
      for (int j = 0; j <= 2; j++) {
        node(f++, buffer(j));
      }
      for (int j = 0; j <= 1; j++) {
        int k = stack(j);
        child(f++, leftChild(k));
        child(f++, rightChild(k));
        child(f++, k < 0 ? NONE : left2[k]);
        child(f++, k < 0 ? NONE : right2[k]);
        child(f++, leftChild(leftChild(k)));
        child(f++, rightChild(rightChild(k)));
      }
    }

    /** Word and tag features of node {@code k} at word feature slot {@code f}. */
    private void node(int f, int k) {
      features[f] = k < 0 ? nullWord : wordIds[k];
      features[ParserModel.WORD_FEATURES + f] = k < 0 ? nullTag : tagIds[k];
    }

    /** Word, tag and label features of child {@code k} at word feature slot {@code f}. */
    private void child(int f, int k) {
      node(f, k);
      int labelSlot = ParserModel.WORD_FEATURES + ParserModel.POS_FEATURES + (f - 6);
      features[labelSlot] = k <= 0 ? 0 : label[k];
    }
  }
}
