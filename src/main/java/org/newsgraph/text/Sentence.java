package org.newsgraph.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * One sentence: its tokens, the paragraph it belongs to ({@link TextLayout#paragraphAt}), its
 * {@link FurnitureKind} (article text, or website furniture such as related headlines, promotions,
 * copyright lines: see {@link FurnitureDetector}), and its dependency parse where one was run
 * ({@link #parsed()}; the parser runs only on sentences that need it).
 *
 * <p>Immutable; the {@code with...} methods return copies.
 */
public record Sentence(
    int index,
    int paragraph,
    ImmutableList<Token> tokens,
    FurnitureKind furnitureKind,
    boolean parsed,
    ImmutableList<Dependency> dependencies) {

  public Sentence {
    checkArgument(index >= 0, "index (%s) must not be negative", index);
    checkArgument(paragraph >= 0, "paragraph (%s) must not be negative", paragraph);
    tokens = ImmutableList.copyOf(checkNotNull(tokens, "tokens"));
    checkNotNull(furnitureKind, "furnitureKind");
    checkArgument(!tokens.isEmpty(), "sentence %s has no tokens", index);
    for (int i = 0; i < tokens.size(); i++) {
      checkArgument(
          tokens.get(i).index() == i,
          "token %s of sentence %s has index %s",
          i,
          index,
          tokens.get(i).index());
    }
    dependencies = ImmutableList.copyOf(checkNotNull(dependencies, "dependencies"));
    checkArgument(parsed || dependencies.isEmpty(), "sentence %s has arcs but is not parsed", index);
  }

  /** An unparsed sentence of article text. */
  public static Sentence of(int index, int paragraph, List<Token> tokens) {
    return new Sentence(
        index, paragraph, ImmutableList.copyOf(tokens), FurnitureKind.ARTICLE, false,
        ImmutableList.of());
  }

  /** Whether the sentence is website furniture of any kind. */
  public boolean furniture() {
    return furnitureKind.isFurniture();
  }

  /** Offset of the first character. */
  public int start() {
    return tokens.get(0).start();
  }

  /** Offset after the last character. */
  public int end() {
    return tokens.get(tokens.size() - 1).end();
  }

  public Token token(int i) {
    checkElementIndex(i, tokens.size(), "token index");
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** A copy of this furniture kind. */
  public Sentence withFurniture(FurnitureKind kind) {
    return new Sentence(index, paragraph, tokens, kind, parsed, dependencies);
  }

  /** A copy with this parse. */
  public Sentence withDependencies(List<Dependency> arcs) {
    for (Dependency d : arcs) {
      checkElementIndex(d.dependent(), tokens.size(), "dependent");
      checkArgument(d.governor() < tokens.size(), "governor (%s) out of range", d.governor());
    }
    return new Sentence(index, paragraph, tokens, furnitureKind, true, ImmutableList.copyOf(arcs));
  }

  /** The arcs whose governor is token {@code i}. */
  public ImmutableList<Dependency> dependentsOf(int i) {
    return dependencies.stream()
        .filter(d -> d.governor() == i)
        .collect(ImmutableList.toImmutableList());
  }

  /** The arc whose dependent is token {@code i}, if the sentence is parsed. */
  public Optional<Dependency> headArc(int i) {
    return dependencies.stream().filter(d -> d.dependent() == i).findFirst();
  }
}
