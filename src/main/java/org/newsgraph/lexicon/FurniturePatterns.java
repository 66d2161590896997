package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsgraph.ModelFile;

/**
 * The line patterns of {@code models/furniture.tsv} that mark website furniture: TAIL patterns
 * (a line that starts the page trailer) and PARAGRAPH patterns (a promotion or copyright line
 * that makes its paragraph furniture). Compiled case-insensitively; read by {@code
 * text.FurnitureDetector}.
 */
public record FurniturePatterns(ImmutableList<Pattern> tail, ImmutableList<Pattern> paragraph) {

  public FurniturePatterns {
    tail = ImmutableList.copyOf(checkNotNull(tail, "tail"));
    paragraph = ImmutableList.copyOf(checkNotNull(paragraph, "paragraph"));
  }

  /** The patterns of the bundled file and any extra ones. */
  public static FurniturePatterns load(ModelFiles files) {
    checkNotNull(files, "files");
    ImmutableList.Builder<Pattern> tail = ImmutableList.builder();
    ImmutableList.Builder<Pattern> paragraph = ImmutableList.builder();
    for (DataLine line : files.lines(ModelFile.FURNITURE)) {
      Pattern pattern;
      try {
        pattern = Pattern.compile(line.field(1), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      } catch (PatternSyntaxException e) {
        throw line.error("bad pattern: " + e.getDescription());
      }
      switch (line.field(0)) {
        case "TAIL" -> tail.add(pattern);
        case "PARAGRAPH" -> paragraph.add(pattern);
        default -> throw line.error("unknown kind '" + line.field(0) + "' (TAIL or PARAGRAPH)");
      }
    }
    return new FurniturePatterns(tail.build(), paragraph.build());
  }
}
