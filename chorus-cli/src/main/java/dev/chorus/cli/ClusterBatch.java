package dev.chorus.cli;

import dev.chorus.clean.CleanedStory;
import dev.chorus.clean.CleaningReport;
import dev.chorus.format.SummaryFormat;
import dev.chorus.ingest.ClusterReader;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.ingest.IngestResult;
import dev.chorus.model.Budget;
import dev.chorus.model.Story;
import dev.chorus.model.Summary;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.select.Summarizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Summarizes every cluster of a JSONL(.gz) file into {@code OUT/<cluster id>.txt}, one summary
 * sentence per line, on a fixed pool of worker threads.
 *
 * <p>Clusters are streamed, with a bounded number in flight, so memory does not grow with the file.
 * A bad line or a cluster that fails is reported on stderr and counted; it never stops the batch.
 * Each output file is written to a temporary file and moved into place, so a crash never leaves a
 * half-written summary. Output bytes do not depend on the thread count. With {@code
 * explainCleaning}, each cluster's cleaning report ({@link CleaningReport#explain()}) goes to
 * stderr as one block, blocks in input order whatever the thread count. Not thread-safe itself:
 * one instance runs one batch at a time.
 */
final class ClusterBatch {

  /** Clusters per hand-over to a worker. */
  private static final int BATCH = 8;

  /** Cluster ids become file names: keep them to a safe alphabet. */
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final Pipeline pipeline;
  private final Summarizer summarizer;
  private final Budget budget;
  private final int workers;
  private final PrintWriter err;
  private final boolean explainCleaning;

  // Cleaning reports wait here until every earlier cluster's has been printed.
  private final Map<Long, String> pendingExplanations = new HashMap<>();
  private long nextExplanation;

  ClusterBatch(
      Pipeline pipeline, Summarizer summarizer, Budget budget, int workers, PrintWriter err) {
    this(pipeline, summarizer, budget, workers, err, false);
  }

  ClusterBatch(
      Pipeline pipeline,
      Summarizer summarizer,
      Budget budget,
      int workers,
      PrintWriter err,
      boolean explainCleaning) {
    this.pipeline = pipeline;
    this.summarizer = summarizer;
    this.budget = budget;
    this.workers = workers;
    this.err = err;
    this.explainCleaning = explainCleaning;
  }

  /** Runs the batch; returns the exit code (2 when anything was skipped). */
  int run(Path clusterFile, Path outDir) throws IOException, InterruptedException {
    if (!Files.isRegularFile(clusterFile)) {
      report(clusterFile + ": no such file");
      return ChorusCommand.BAD_INPUT;
    }
    Files.createDirectories(outDir);
    long startNanos = System.nanoTime();
    Progress progress = Progress.create(clusterFile, err, startNanos);
    AtomicInteger done = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    // Bound the clusters read ahead of the workers: the reader is faster than summarizing.
    Semaphore inFlight = new Semaphore(workers * 4);
    AtomicLong sequence = new AtomicLong();
    // Clusters go to the workers in small batches: one hand-over (a thread wake-up on each side)
    // per cluster cost more than a small cluster's whole summary on a virtual machine (issue #5).
    List<Item> batch = new ArrayList<>(BATCH);
    try (Stream<IngestResult<ClusterRecord>> records = new ClusterReader().read(clusterFile)) {
      for (Iterator<IngestResult<ClusterRecord>> it = records.iterator(); it.hasNext(); ) {
        IngestResult<ClusterRecord> result = it.next();
        long number = sequence.getAndIncrement();
        if (result instanceof IngestResult.Rejected<ClusterRecord> rejected) {
          report("skipped " + rejected);
          skipped.incrementAndGet();
          explain(number, "");
          progress.tick(done.get() + skipped.get());
          continue;
        }
        batch.add(new Item(number, result));
        if (batch.size() == BATCH) {
          submit(pool, inFlight, batch, outDir, done, skipped, progress);
          batch = new ArrayList<>(BATCH);
        }
      }
    } catch (UncheckedIOException e) {
      report(clusterFile + ": " + e.getCause().getMessage() + " (reading stopped here)");
      skipped.incrementAndGet();
    } finally {
      if (!batch.isEmpty()) {
        submit(pool, inFlight, batch, outDir, done, skipped, progress);
      }
      pool.shutdown();
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    }
    progress.finish();
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    err.printf(
        java.util.Locale.ROOT,
        "chorus: %d clusters done, %d skipped, wall time %.1f s%n",
        done.get(), skipped.get(), seconds);
    err.flush();
    return skipped.get() == 0 ? ChorusCommand.OK : ChorusCommand.BAD_INPUT;
  }

  /** A cluster read, with its line's place in the file (for the order of explanations). */
  private record Item(long number, IngestResult<ClusterRecord> result) {}

  /** Hands a batch of clusters to the pool, waiting while too many are in flight. */
  private void submit(
      ExecutorService pool,
      Semaphore inFlight,
      List<Item> batch,
      Path outDir,
      AtomicInteger done,
      AtomicInteger skipped,
      Progress progress) {
    inFlight.acquireUninterruptibly();
    pool.execute(
        () -> {
          try {
            for (Item item : batch) {
              summarizeItem(item, outDir, done, skipped, progress);
            }
          } finally {
            inFlight.release();
          }
        });
  }

  private void summarizeItem(
      Item item, Path outDir, AtomicInteger done, AtomicInteger skipped, Progress progress) {
    ClusterRecord record = ((IngestResult.Ingested<ClusterRecord>) item.result()).value();
    String explanation = "";
    try {
      explanation = summarizeInto(record.story(), outDir);
      done.incrementAndGet();
    } catch (RuntimeException | IOException e) {
      report("skipped " + item.result().source() + " (cluster " + record.story().id() + "): "
          + e);
      skipped.incrementAndGet();
    } finally {
      explain(item.number(), explanation);
      progress.tick(done.get() + skipped.get());
    }
  }

  /** Summarizes one cluster into its file; returns its cleaning explanation when asked for. */
  private String summarizeInto(Story story, Path outDir) throws IOException {
    if (!SAFE_ID.matcher(story.id()).matches()) {
      throw new IllegalArgumentException(
          "cluster id '" + story.id() + "' is not a safe file name ([A-Za-z0-9._-])");
    }
    CleanedStory prepared = pipeline.prepare(story);
    Summary summary = pipeline.summarize(prepared, budget, summarizer);
    // One summary sentence per line: the text format, as the ROUGE scorer reads it.
    AtomicFiles.writeString(
        outDir.resolve(story.id() + ".txt"), SummaryFormat.TEXT.render(summary, story));
    return explainCleaning ? prepared.report().explain() : "";
  }

  /**
   * Prints the explanation of cluster {@code number} once those of all earlier clusters are out,
   * so the blocks come in input order whatever the thread count.
   */
  private void explain(long number, String explanation) {
    if (!explainCleaning) {
      return;
    }
    synchronized (err) {
      pendingExplanations.put(number, explanation);
      String next;
      while ((next = pendingExplanations.remove(nextExplanation)) != null) {
        err.print(next);
        nextExplanation++;
      }
      err.flush();
    }
  }

  private void report(String message) {
    synchronized (err) {
      err.println("chorus: " + message);
      err.flush();
    }
  }
}
