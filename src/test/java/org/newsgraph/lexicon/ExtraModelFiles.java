package org.newsgraph.lexicon;

import com.google.common.collect.ListMultimap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.ModelFile;

/** Test fixture: the bundled model files plus one extra file of one kind, written to a folder. */
public final class ExtraModelFiles {

  private ExtraModelFiles() {}

  /** The bundled files plus {@code content} as an extra file {@code extra.tsv} of {@code kind} in {@code dir}. */
  public static ModelFiles withExtra(Path dir, ModelFile kind, String content) throws IOException {
    Path f = dir.resolve("extra.tsv");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    ListMultimap<ModelFile, Path> extras = ModelFiles.newExtras();
    extras.put(kind, f);
    return ModelFiles.withExtras(extras);
  }
}
