package org.newsgraph.bench;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.BatchResult;
import org.newsgraph.Extraction;
import org.newsgraph.NewsGraph;
import org.newsgraph.corenlp.PlainCoreNlp;

/** The two systems the benchmark compares, as {@link Subject}s. */
final class Subjects {

  private Subjects() {}

  /** newsgraph's full extraction; the batch run uses {@link NewsGraph#extractAll}. */
  record NewsGraphSubject(NewsGraph graph) implements Subject {
    NewsGraphSubject {
      checkNotNull(graph, "graph");
    }

    @Override
    public int run(String text) {
      return size(graph.extract(text));
    }

    @Override
    public int runAll(List<String> texts, int threads) {
      int sum = 0;
      for (BatchResult r : graph.extractAll(texts, threads)) {
        sum += size(r.orThrow());
      }
      return sum;
    }

    private static int size(Extraction e) {
      return e.entities().size() + e.quotes().size() + e.relations().size();
    }
  }

  /** Plain CoreNLP at its defaults; the batch run shares one pipeline among its threads. */
  record PlainSubject(PlainCoreNlp plain) implements Subject {
    PlainSubject {
      checkNotNull(plain, "plain");
    }

    @Override
    public int run(String text) {
      return plain.annotate(text);
    }

    @Override
    public int runAll(List<String> texts, int threads) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Integer>> futures = new ArrayList<>(texts.size());
        for (String t : texts) {
          futures.add(pool.submit(() -> plain.annotate(t)));
        }
        int sum = 0;
        for (Future<Integer> f : futures) {
          sum += f.get();
        }
        return sum;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for plain CoreNLP", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("plain CoreNLP failed on a document", e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
