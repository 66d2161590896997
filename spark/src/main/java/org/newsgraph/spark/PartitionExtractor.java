package org.newsgraph.spark;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Iterators;
import java.time.Duration;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.newsgraph.Extraction;
import org.newsgraph.NewsGraph;

/**
 * The function {@code mapPartitions} runs: each input row {@code (id, text)} gives one row of
 * {@link ExtractionSchema#document}, lazily, so that a partition of any size streams through in
 * constant memory. Serialisable with only its settings; the {@link NewsGraph} comes from the
 * executor's {@link ExecutorGraph}. A document that fails (null text, too long, over the time
 * budget, an {@link Error} such as a stack overflow) gets an error instead of failing the task;
 * only an {@link OutOfMemoryError} fails it.
 */
final class PartitionExtractor implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final int idIndex;
  private final int textIndex;
  private final long budgetMillis;

  /**
   * @param budgetMillis the time budget per document in milliseconds, or 0 for none
   */
  PartitionExtractor(int idIndex, int textIndex, long budgetMillis) {
    checkArgument(budgetMillis >= 0, "budgetMillis (%s) must not be negative", budgetMillis);
    this.idIndex = idIndex;
    this.textIndex = textIndex;
    this.budgetMillis = budgetMillis;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    NewsGraph base = ExecutorGraph.get();
    NewsGraph graph =
        budgetMillis > 0 ? base.withTimeBudget(Duration.ofMillis(budgetMillis)) : base;
    return Iterators.transform(rows, row -> extract(graph, row));
  }

  private Row extract(NewsGraph graph, Row row) {
    Object id = row.get(idIndex);
    try {
      Extraction x = graph.extract(row.isNullAt(textIndex) ? null : row.getString(textIndex));
      return ExtractionRows.success(id, x);
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (RuntimeException | Error e) {
      return ExtractionRows.failure(id, e);
    }
  }
}
