package org.newsgraph.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.ModelFile;

/**
 * Reads the model files: the bundled ones from the classpath, then any extra files an embedder
 * added for the same {@link ModelFile}. Immutable and thread-safe; each loader reads its lines once,
 * when the {@code NewsGraph} is built.
 */
public final class ModelFiles {

  private static final Splitter TABS = Splitter.on('\t').trimResults();

  /** The classpath folder of the bundled model files. */
  private static final String RESOURCE_FOLDER = "org/newsgraph/models/";

  private final ImmutableListMultimap<ModelFile, Path> extras;

  private ModelFiles(ImmutableListMultimap<ModelFile, Path> extras) {
    this.extras = extras;
  }

  /** The bundled files only. */
  public static ModelFiles bundled() {
    return new ModelFiles(ImmutableListMultimap.of());
  }

  /** The bundled files plus these extra files, read after the bundled file of the same kind. */
  public static ModelFiles withExtras(ListMultimap<ModelFile, Path> extras) {
    checkNotNull(extras, "extras");
    return new ModelFiles(ImmutableListMultimap.copyOf(extras));
  }

  /** A builder-friendly empty multimap for extras. */
  public static ListMultimap<ModelFile, Path> newExtras() {
    return MultimapBuilder.enumKeys(ModelFile.class).arrayListValues().build();
  }

  /** The extra files registered for {@code file}. */
  public ImmutableList<Path> extras(ModelFile file) {
    return extras.get(file);
  }

  /**
   * Every data line of {@code file}: the bundled resource's lines, then each extra file's. Comment
   * lines (first non-blank character {@code #}) and blank lines are skipped.
   *
   * @throws ModelFileException if a file is missing, unreadable or not UTF-8
   */
  public ImmutableList<DataLine> lines(ModelFile file) {
    checkNotNull(file, "file");
    ImmutableList.Builder<DataLine> out = ImmutableList.builder();
    readBundled(file.fileName(), out);
    for (Path extra : extras.get(file)) {
      try (InputStream in = Files.newInputStream(extra)) {
        read(in, extra.toString(), out);
      } catch (IOException e) {
        throw new ModelFileException("cannot read model file " + extra + " (" + e + ")", e);
      }
    }
    return out.build();
  }

  /**
   * Every data line of the bundled file {@code models/fileName}: for the files the rules read as
   * they are, which an embedder does not extend ({@code function-words.tsv}).
   */
  static ImmutableList<DataLine> bundledLines(String fileName) {
    ImmutableList.Builder<DataLine> out = ImmutableList.builder();
    readBundled(checkNotNull(fileName, "fileName"), out);
    return out.build();
  }

  private static void readBundled(String fileName, ImmutableList.Builder<DataLine> out) {
    String resource = RESOURCE_FOLDER + fileName;
    URL bundled = ModelFiles.class.getClassLoader().getResource(resource);
    if (bundled == null) {
      throw new ModelFileException("bundled model file " + resource + " is not on the classpath");
    }
    try (InputStream in = bundled.openStream()) {
      read(in, "models/" + fileName, out);
    } catch (IOException e) {
      throw new ModelFileException("cannot read bundled model file " + resource, e);
    }
  }

  private static void read(InputStream in, String source, ImmutableList.Builder<DataLine> out)
      throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    int number = 0;
    String line;
    try {
      while ((line = reader.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        out.add(new DataLine(source, number, ImmutableList.copyOf(TABS.split(line))));
      }
    } catch (CharacterCodingException e) {
      throw new ModelFileException(source + ":" + (number + 1) + ": not valid UTF-8", e);
    }
  }
}
