package dev.chorus.eval;

import dev.chorus.ingest.ClusterRecord;
import dev.chorus.model.Budget;
import dev.chorus.model.Span;
import dev.chorus.model.Summary;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.rouge.ResampleSource;
import dev.chorus.rouge.RougeInput;
import dev.chorus.rouge.RougeResources;
import dev.chorus.rouge.RougeScorer;
import dev.chorus.select.Summarizer;
import dev.chorus.select.Summarizers;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.OpenNlpSentenceSplitter;
import dev.chorus.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Summarizes every cluster of a benchmark with one or more methods and scores the summaries against
 * the cluster's reference summaries with {@link RougeScorer}, as ROUGE-1.5.5 would.
 *
 * <p>Per cluster, on a fixed pool of worker threads: the story is analyzed once ({@link
 * Pipeline#analyze}) and every method summarizes it within the same budget; each reference is split
 * into sentences (ROUGE-L is summary-level and works on sentences; ROUGE-N and ROUGE-S do not
 * care): every line break ends a sentence, as in the script's one-sentence-per-line files, and each
 * line is split further by the sentence splitter ({@link OpenNlpSentenceSplitter} by default). The
 * method {@value OracleSelector#NAME} is the {@link OracleSelector} of the preset; it reads the
 * references and exists only here. Then, per method, all clusters are scored with {@link
 * RougeScorer#scoreAll} and {@link ResampleSource#rouge155()}, so averages and confidence intervals
 * are those the official script prints for the same summaries.
 *
 * <p>Clusters are streamed with a bounded number in flight; memory holds the summaries and
 * references (not the documents). The result does not depend on the thread count or on the order of
 * the clusters. A cluster without reference summaries or a repeated cluster id is a caller mistake
 * (IAE); a method that fails on a cluster stops the evaluation with an {@link
 * IllegalStateException} naming both.
 *
 * <p>Thread-safe: one instance may run several evaluations at once.
 */
public final class Evaluator {

  private final Pipeline pipeline;
  private final SentenceSplitter referenceSplitter;
  private final RougeResources resources;
  private final int threads;

  /**
   * @param pipeline analyzes the stories for the summarizers
   * @param referenceSplitter splits reference summaries into sentences
   * @param resources the ROUGE word lists ({@code -m} needs the exception lists)
   * @param threads worker threads for summarizing, at least 1
   */
  public Evaluator(
      Pipeline pipeline,
      SentenceSplitter referenceSplitter,
      RougeResources resources,
      int threads) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.referenceSplitter = Objects.requireNonNull(referenceSplitter, "referenceSplitter");
    this.resources = Objects.requireNonNull(resources, "resources");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.threads = threads;
  }

  /** {@link Pipeline#english()} and {@link OpenNlpSentenceSplitter} for the references. */
  public static Evaluator english(RougeResources resources, int threads) {
    return new Evaluator(Pipeline.english(), new OpenNlpSentenceSplitter(), resources, threads);
  }

  /** Every method that can be evaluated: {@link Summarizers#names()}, then the oracle. */
  public static List<String> methodNames() {
    List<String> names = new ArrayList<>(Summarizers.names());
    names.add(OracleSelector.NAME);
    return List.copyOf(names);
  }

  /**
   * The method names normalized (lowercase, blanks stripped), checked to be known and distinct.
   *
   * @throws IllegalArgumentException for an empty list, an unknown or a repeated name; the message
   *     lists the valid names
   */
  public static List<String> checkMethods(List<String> methods) {
    Objects.requireNonNull(methods, "methods");
    if (methods.isEmpty()) {
      throw new IllegalArgumentException("give at least one method");
    }
    List<String> valid = methodNames();
    List<String> normalized = new ArrayList<>();
    for (String method : methods) {
      String name = Objects.requireNonNull(method, "method").strip().toLowerCase(Locale.ROOT);
      if (!name.equals(OracleSelector.NAME) && !valid.contains(name)) {
        try {
          name = Summarizers.canonical(name);
        } catch (IllegalArgumentException e) {
          // Reported below with the full list of methods, the oracle included.
        }
      }
      if (!valid.contains(name)) {
        throw new IllegalArgumentException(
            "unknown method '" + method + "'; valid methods: " + String.join(", ", valid));
      }
      if (normalized.contains(name)) {
        throw new IllegalArgumentException("method '" + name + "' is given twice");
      }
      normalized.add(name);
    }
    return List.copyOf(normalized);
  }

  /**
   * The sentences of a reference summary: every line is a sentence or more, split by the reference
   * splitter; whitespace runs become one space; blank lines are dropped.
   */
  public List<String> referenceSentences(String reference) {
    return referenceSentences(reference, referenceSplitter);
  }

  /** {@link #referenceSentences(String)} with the given splitter. */
  public static List<String> referenceSentences(String reference, SentenceSplitter splitter) {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(splitter, "splitter");
    List<String> sentences = new ArrayList<>();
    for (String line : reference.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      for (Span span : splitter.split(line)) {
        sentences.add(Budget.normalizeSpace(span.of(line)));
      }
    }
    return sentences;
  }

  /** {@link #evaluate(Stream, List, EvalPreset, Budget, IntConsumer)} without progress reports. */
  public EvalResult evaluate(
      Stream<ClusterRecord> clusters, List<String> methods, EvalPreset preset, Budget budget) {
    return evaluate(clusters, methods, preset, budget, done -> {});
  }

  /**
   * Summarizes and scores every cluster.
   *
   * @param clusters the clusters, each with at least one reference summary, ids unique; consumed on
   *     the calling thread
   * @param methods method names, see {@link #methodNames()}
   * @param preset the ROUGE flags; the oracle also optimizes its measure
   * @param budget the budget of every summary
   * @param progress called, from worker threads, with the number of clusters summarized so far
   * @throws IllegalArgumentException for a bad method list, no cluster, a cluster without
   *     references or a repeated cluster id
   * @throws IllegalStateException when a method fails on a cluster, or the thread is interrupted
   */
  public EvalResult evaluate(
      Stream<ClusterRecord> clusters,
      List<String> methods,
      EvalPreset preset,
      Budget budget,
      IntConsumer progress) {
    Objects.requireNonNull(clusters, "clusters");
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(progress, "progress");
    List<String> names = checkMethods(methods);
    RougeScorer scorer = new RougeScorer(preset.options(), resources);
    OracleSelector oracle =
        names.contains(OracleSelector.NAME) ? OracleSelector.of(preset, resources) : null;
    List<Summarizer> summarizers = new ArrayList<>();
    for (String name : names) {
      summarizers.add(name.equals(OracleSelector.NAME) ? null : Summarizers.byName(name));
    }
    List<Summarized> summarized =
        summarizeAll(clusters, names, summarizers, oracle, budget, progress);
    if (summarized.isEmpty()) {
      throw new IllegalArgumentException("no cluster to evaluate");
    }
    Map<String, MethodResult> results = new LinkedHashMap<>();
    for (int m = 0; m < names.size(); m++) {
      List<RougeInput> inputs = new ArrayList<>(summarized.size());
      long words = 0;
      for (Summarized cluster : summarized) {
        inputs.add(new RougeInput(cluster.id(), cluster.systems().get(m), cluster.references()));
        words += cluster.words()[m];
      }
      results.put(
          names.get(m),
          new MethodResult(
              names.get(m),
              scorer.scoreAll(inputs, ResampleSource.rouge155()),
              (double) words / summarized.size()));
    }
    return new EvalResult(preset, budget, summarized.size(), results);
  }

  /** One cluster's references and, per method, its summary lines and word count. */
  private record Summarized(
      String id, List<List<String>> references, List<List<String>> systems, int[] words) {}

  private List<Summarized> summarizeAll(
      Stream<ClusterRecord> clusters,
      List<String> names,
      List<Summarizer> summarizers,
      OracleSelector oracle,
      Budget budget,
      IntConsumer progress) {
    List<Summarized> results = Collections.synchronizedList(new ArrayList<>());
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    AtomicInteger done = new AtomicInteger();
    Set<String> ids = new HashSet<>();
    // Bound the clusters read ahead of the workers: reading is faster than summarizing.
    Semaphore inFlight = new Semaphore(threads * 4);
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    try {
      Iterator<ClusterRecord> iterator = clusters.iterator();
      while (iterator.hasNext() && failure.get() == null) {
        ClusterRecord record = Objects.requireNonNull(iterator.next(), "cluster");
        String id = record.story().id();
        if (record.references().isEmpty()) {
          throw new IllegalArgumentException("cluster '" + id + "' has no reference summary");
        }
        if (!ids.add(id)) {
          throw new IllegalArgumentException("cluster id '" + id + "' occurs twice");
        }
        inFlight.acquireUninterruptibly();
        pool.execute(
            () -> {
              try {
                results.add(summarize(record, names, summarizers, oracle, budget));
                progress.accept(done.incrementAndGet());
              } catch (RuntimeException | Error e) {
                failure.compareAndSet(
                    null, new IllegalStateException("cluster '" + id + "': " + e.getMessage(), e));
              } finally {
                inFlight.release();
              }
            });
      }
    } finally {
      pool.shutdown();
      try {
        pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
      } catch (InterruptedException e) {
        pool.shutdownNow();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while evaluating", e);
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return new ArrayList<>(results);
  }

  private Summarized summarize(
      ClusterRecord record,
      List<String> names,
      List<Summarizer> summarizers,
      OracleSelector oracle,
      Budget budget) {
    List<List<String>> references = new ArrayList<>(record.references().size());
    for (String reference : record.references()) {
      references.add(referenceSentences(reference));
    }
    AnalyzedStory story = pipeline.analyze(record.story());
    List<List<String>> systems = new ArrayList<>(names.size());
    int[] words = new int[names.size()];
    for (int m = 0; m < names.size(); m++) {
      Summary summary;
      try {
        summary =
            summarizers.get(m) == null
                ? oracle.select(story, references, budget)
                : summarizers.get(m).summarize(story, budget);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "method '" + names.get(m) + "' failed: " + e.getMessage(), e);
      }
      systems.add(summary.lines());
      words[m] = summary.wordCount();
    }
    return new Summarized(record.story().id(), references, systems, words);
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "chorus-eval-" + count.incrementAndGet());
      // Daemon: a caller that abandons an evaluation must not keep the JVM alive.
      thread.setDaemon(true);
      return thread;
    };
  }
}
