package org.newsgraph.eval;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Exact-span precision, recall and F1 per label and micro-averaged over the labels counted: a
 * predicted mention is right when a gold mention has the same start, end and label.
 */
public final class EntityScore {

  /** One labelled span. */
  public record Span(int start, int end, String label) {}

  private final Map<String, int[]> counts = new LinkedHashMap<>();

  /** Scores over these labels (others are ignored on both sides). */
  public EntityScore(Collection<String> labels) {
    for (String l : labels) {
      counts.put(l, new int[3]); // tp, fp, fn
    }
  }

  /** Adds one document's gold and predicted spans (duplicates count once). */
  public void add(Collection<Span> gold, Collection<Span> predicted) {
    Set<Span> g = new HashSet<>();
    for (Span s : gold) {
      if (counts.containsKey(s.label())) {
        g.add(s);
      }
    }
    Set<Span> p = new HashSet<>();
    for (Span s : predicted) {
      if (counts.containsKey(s.label())) {
        p.add(s);
      }
    }
    for (Span s : p) {
      counts.get(s.label())[g.contains(s) ? 0 : 1]++;
    }
    for (Span s : g) {
      if (!p.contains(s)) {
        counts.get(s.label())[2]++;
      }
    }
  }

  public int truePositives(String label) {
    return label.equals("ALL") ? sum(0) : counts.get(label)[0];
  }

  public int falsePositives(String label) {
    return label.equals("ALL") ? sum(1) : counts.get(label)[1];
  }

  public int falseNegatives(String label) {
    return label.equals("ALL") ? sum(2) : counts.get(label)[2];
  }

  /** Precision of a label, or of all ("ALL", micro-averaged). */
  public double precision(String label) {
    int tp = truePositives(label);
    int fp = falsePositives(label);
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall(String label) {
    int tp = truePositives(label);
    int fn = falseNegatives(label);
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1(String label) {
    double p = precision(label);
    double r = recall(label);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** "P / R / F1" in percent with one decimal. */
  public String cell(String label) {
    return String.format(
        Locale.ROOT, "%5.1f %5.1f %5.1f", 100 * precision(label), 100 * recall(label),
        100 * f1(label));
  }

  private int sum(int i) {
    int s = 0;
    for (int[] c : counts.values()) {
      s += c[i];
    }
    return s;
  }
}
