package org.newsgraph.corenlp;

import com.google.common.base.Suppliers;
import java.util.function.Supplier;
import org.newsgraph.SharedPipeline;

/**
 * One {@link CoreNlpAnalyzer} for the tests that need the adapter itself. Built after {@link
 * SharedPipeline#get()}, so it shares the models that pipeline loaded (CoreNLP pools its annotators
 * and parsers): it costs a warm-up, not a second model load.
 */
public final class SharedAnalyzer {

  private static final Supplier<CoreNlpAnalyzer> INSTANCE =
      Suppliers.memoize(
          () -> {
            SharedPipeline.get();
            return new CoreNlpAnalyzer(CoreNlpOptions.defaults());
          });

  private SharedAnalyzer() {}

  public static CoreNlpAnalyzer get() {
    return INSTANCE.get();
  }
}
