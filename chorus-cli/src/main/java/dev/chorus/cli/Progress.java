package dev.chorus.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Progress of a batch on stderr: a redrawn bar on a terminal, a line every few seconds otherwise
 * (logs and CI keep every line, so a bar would only add noise there). Thread-safe.
 */
final class Progress {

  private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;
  private static final long BAR_INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final long startNanos;
  private long lastNanos;
  private int total;
  private int lastCount;

  private Progress(PrintWriter err, boolean terminal, long startNanos) {
    this.err = err;
    this.terminal = terminal;
    this.startNanos = startNanos;
    this.lastNanos = startNanos;
  }

  static Progress create(Path source, PrintWriter err, long startNanos) {
    boolean terminal = System.console() != null;
    Progress progress = new Progress(err, terminal, startNanos);
    if (terminal) {
      // Only a bar needs the total; counting lines costs one extra pass over the file.
      progress.total = countLines(source);
    }
    return progress;
  }

  private static int countLines(Path source) {
    try (InputStream raw = Files.newInputStream(source);
        InputStream in =
            source.getFileName().toString().endsWith(".gz")
                ? new GZIPInputStream(raw, 1 << 16)
                : new BufferedInputStream(raw, 1 << 16)) {
      byte[] buffer = new byte[1 << 16];
      int lines = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
      return lines;
    } catch (IOException e) {
      return 0; // the reader reports the problem; the bar just has no total
    }
  }

  /** Called after every item with the number of items finished so far. */
  void tick(int count) {
    long now = System.nanoTime();
    synchronized (err) {
      if (count <= lastCount) {
        return;
      }
      long interval = terminal ? BAR_INTERVAL_NANOS : LINE_INTERVAL_NANOS;
      if (now - lastNanos < interval) {
        return;
      }
      lastNanos = now;
      lastCount = count;
      double seconds = (now - startNanos) / 1e9;
      String status =
          String.format(
              Locale.ROOT, "%d clusters, %.1f s, %.0f/s", count, seconds, count / seconds);
      if (terminal) {
        err.print("\rchorus: " + bar(count) + " " + status + "   ");
      } else {
        err.println("chorus: " + status);
      }
      err.flush();
    }
  }

  /** Ends the bar's line so that the closing summary starts on its own line. */
  void finish() {
    synchronized (err) {
      if (terminal && lastCount > 0) {
        err.println();
        err.flush();
      }
    }
  }

  private String bar(int count) {
    if (total <= 0) {
      return "";
    }
    int width = 30;
    int filled = (int) Math.min(width, (long) width * count / total);
    return String.format(
        Locale.ROOT,
        "[%s%s] %3d%%",
        "#".repeat(filled),
        " ".repeat(width - filled),
        Math.min(100, 100L * count / total));
  }
}
