package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The CLI's progress line on standard error: documents done of the total, documents per second
 * since extraction started, and the time left at that rate. On a terminal it rewrites one line at
 * most every {@value #TERMINAL_MILLIS} ms; elsewhere (asked for with {@code --progress}) it
 * prints a line every {@value #LOG_MILLIS} ms. Both print a final line when the run ends.
 */
final class Progress {

  static final long TERMINAL_MILLIS = 500;
  static final long LOG_MILLIS = 5000;

  private final PrintStream err;
  private final int total;
  private final boolean terminal;
  private final LongSupplier nanoClock;
  private final long start;
  private long lastPrinted;
  private int done;

  Progress(PrintStream err, int total, boolean terminal, LongSupplier nanoClock) {
    this.err = err;
    this.total = total;
    this.terminal = terminal;
    this.nanoClock = nanoClock;
    this.start = nanoClock.getAsLong();
    this.lastPrinted = start;
  }

  /** One more document done; prints if the interval has passed. */
  void documentDone() {
    done++;
    long now = nanoClock.getAsLong();
    long interval = (terminal ? TERMINAL_MILLIS : LOG_MILLIS) * 1_000_000L;
    if (now - lastPrinted >= interval) {
      lastPrinted = now;
      print(now, false);
    }
  }

  /** The final line. */
  void finish() {
    print(nanoClock.getAsLong(), true);
  }

  /** The line for {@code done} documents after {@code nanos}: done, rate, ETA. */
  static String line(int done, int total, long nanos) {
    double seconds = nanos / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    String eta = rate > 0 && done < total ? ", ETA " + duration((total - done) / rate) : "";
    return String.format(
        Locale.ROOT,
        "newsgraph: %d/%d documents in %s, %.2f docs/s%s",
        done,
        total,
        duration(seconds),
        rate,
        eta);
  }

  private void print(long now, boolean last) {
    String text = line(done, total, now - start);
    if (terminal) {
      err.print("\r" + text + "\u001b[K" + (last ? "\n" : ""));
    } else {
      err.println(text);
    }
    err.flush();
  }

  /** Seconds as {@code 12.3 s}, {@code 4m05s} or {@code 2h07m}. */
  static String duration(double seconds) {
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    long s = Math.round(seconds);
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
  }
}
