package org.newsgraph.spark;

import com.google.common.base.Suppliers;
import java.util.function.Supplier;
import org.newsgraph.NewsGraph;

/**
 * The one {@link NewsGraph} of this JVM (a Spark executor, or the driver in local mode), built on
 * first use and shared by all the task threads that run there. A lazy holder: the instance is
 * never serialised nor broadcast (its models are hundreds of megabytes and it is thread-safe), so
 * each executor loads the models once, when its first task needs them.
 */
public final class ExecutorGraph {

  private static final Supplier<NewsGraph> INSTANCE =
      Suppliers.memoize(() -> NewsGraph.builder().build());

  private ExecutorGraph() {}

  /** This JVM's instance, loading the models on the first call (thread-safe). */
  public static NewsGraph get() {
    return INSTANCE.get();
  }
}
