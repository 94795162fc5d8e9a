package dev.chorus.learn;

import dev.chorus.eval.Evaluator;
import dev.chorus.eval.OracleSelector;
import dev.chorus.ingest.ClusterRecord;
import dev.chorus.model.Budget;
import dev.chorus.model.Sentence;
import dev.chorus.model.Summary;
import dev.chorus.model.SummarySentence;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.select.LinearRanker;
import dev.chorus.select.NearDuplicateIndex;
import dev.chorus.select.SentenceFeatures;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.SentenceSplitter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Trains the {@link LinearRanker} of the {@code ranked} summarizer from benchmark clusters with
 * reference summaries.
 *
 * <p>Labels come from the greedy ROUGE oracle ({@link OracleSelector}): a candidate sentence is
 * positive when the oracle summary of its story, within the training budget, contains it. This is
 * the labelling of SummaRuNNer (Nallapati et al., AAAI 2017) and most supervised extractive
 * systems since. Features are {@link SentenceFeatures}; the model is a {@link LogisticRegression}.
 * Stories are analyzed with the same pipeline as at summarization time (cleaning included), so the
 * model sees the candidates it will rank.
 *
 * <p>Clusters are processed on a fixed pool of threads with a bounded number in flight, and their
 * examples concatenated in input order, so the model does not depend on the thread count. Not
 * thread-safe: one instance trains one model at a time.
 */
public final class RankerTrainer {

  /** The examples of many clusters, in input order. */
  public record Examples(float[][] rows, double[] targets, int clusters, int skipped) {
    /** Examples with a target above 0: picked by the oracle at some budget. */
    public int positives() {
      int count = 0;
      for (double target : targets) {
        count += target > 0 ? 1 : 0;
      }
      return count;
    }
  }

  /**
   * The oracle runs at the budget and at these fractions of it; a sentence's target is the share
   * of the runs that pick it. A sentence the oracle keeps even in the shortest summary is the most
   * important, so the graded target teaches an order that suits every budget, not only the
   * training one (one run at 300 words picks half of a Multi-News cluster and says nothing about
   * which sentence comes first).
   */
  private static final double[] BUDGET_FRACTIONS = {1.0, 0.5, 0.25, 0.125};

  private final Pipeline pipeline;
  private final SentenceSplitter referenceSplitter;
  private final OracleSelector oracle;
  private final Budget budget;
  private final int threads;

  /**
   * @param pipeline analyzes stories as the summarizer will see them
   * @param referenceSplitter splits reference summaries into sentences for the oracle
   * @param oracle picks the positive sentences
   * @param budget the oracle's budget (the benchmark's summary budget)
   * @param threads worker threads, at least 1
   */
  public RankerTrainer(
      Pipeline pipeline,
      SentenceSplitter referenceSplitter,
      OracleSelector oracle,
      Budget budget,
      int threads) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.referenceSplitter = Objects.requireNonNull(referenceSplitter, "referenceSplitter");
    this.oracle = Objects.requireNonNull(oracle, "oracle");
    this.budget = Objects.requireNonNull(budget, "budget");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.threads = threads;
  }

  /**
   * Labels and featurizes every cluster. A cluster without references or without candidates is
   * counted as skipped.
   *
   * @param progress hears the number of clusters done so far, on the calling thread
   */
  public Examples collect(Stream<ClusterRecord> clusters, IntConsumer progress) {
    Objects.requireNonNull(clusters, "clusters");
    Objects.requireNonNull(progress, "progress");
    List<float[]> rows = new ArrayList<>();
    List<Double> targets = new ArrayList<>();
    int done = 0;
    int skipped = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Deque<Future<Labelled>> inFlight = new ArrayDeque<>();
      Iterator<ClusterRecord> records = clusters.iterator();
      while (records.hasNext() || !inFlight.isEmpty()) {
        while (records.hasNext() && inFlight.size() < 4 * threads) {
          ClusterRecord record = records.next();
          inFlight.add(pool.submit(() -> label(record)));
        }
        Labelled labelled = inFlight.removeFirst().get();
        if (labelled == null) {
          skipped++;
        } else {
          for (int k = 0; k < labelled.rows.length; k++) {
            rows.add(labelled.rows[k]);
            targets.add(labelled.targets[k]);
          }
        }
        progress.accept(++done);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("labelling failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double[] flat = new double[targets.size()];
    for (int i = 0; i < flat.length; i++) {
      flat[i] = targets.get(i);
    }
    return new Examples(rows.toArray(float[][]::new), flat, done - skipped, skipped);
  }

  /** Fits a ranker on {@code examples}; {@code provenance} is stored with it. */
  public static LinearRanker fit(Examples examples, double l2, Map<String, String> provenance) {
    LogisticRegression.Fit fit =
        new LogisticRegression(l2).fit(examples.rows(), examples.targets());
    Map<String, String> notes = new LinkedHashMap<>(provenance);
    notes.put("examples", Integer.toString(examples.targets().length));
    notes.put("positives", Integer.toString(examples.positives()));
    notes.put("clusters", Integer.toString(examples.clusters()));
    notes.put("l2", Double.toString(l2));
    notes.put("newton_iterations", Integer.toString(fit.iterations()));
    notes.put("log_loss", String.format(java.util.Locale.ROOT, "%.6f", fit.logLoss()));
    return new LinearRanker(
        SentenceFeatures.NAMES, fit.means(), fit.scales(), fit.weights(), fit.bias(), notes);
  }

  private record Labelled(float[][] rows, double[] targets) {}

  private Labelled label(ClusterRecord record) {
    if (record.references().isEmpty()) {
      return null;
    }
    AnalyzedStory story = pipeline.analyze(record.story());
    SentenceFeatures.Matrix features = SentenceFeatures.of(story);
    if (features.sentences().length == 0) {
      return null;
    }
    List<List<String>> references = new ArrayList<>();
    for (String reference : record.references()) {
      references.add(Evaluator.referenceSentences(reference, referenceSplitter));
    }
    Map<Sentence, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < story.sentences().size(); i++) {
      indexOf.put(story.sentences().get(i).sentence(), i);
    }
    // A reprint of a picked sentence is as good a pick: the oracle takes only one copy because
    // the summary may hold only one, not because the other is worse.
    NearDuplicateIndex duplicates = NearDuplicateIndex.of(story);
    double[] picks = new double[story.sentences().size()];
    for (double fraction : BUDGET_FRACTIONS) {
      Budget scaled =
          new Budget(
              budget.unit(), Math.max(1, (int) Math.round(budget.limit() * fraction)), false);
      boolean[] chosen = new boolean[picks.length];
      for (SummarySentence s : oracle.select(story, references, scaled).sentences()) {
        int picked = indexOf.get(s.sources().get(0));
        chosen[picked] = true;
        for (int copy : duplicates.nearDuplicatesOf(picked)) {
          chosen[copy] = true;
        }
      }
      for (int i = 0; i < picks.length; i++) {
        picks[i] += chosen[i] ? 1.0 / BUDGET_FRACTIONS.length : 0;
      }
    }
    int[] sentences = features.sentences();
    float[][] rows = new float[sentences.length][];
    double[] targets = new double[sentences.length];
    for (int k = 0; k < sentences.length; k++) {
      double[] x = features.rows()[k];
      float[] row = new float[x.length];
      for (int j = 0; j < x.length; j++) {
        row[j] = (float) x[j];
      }
      rows[k] = row;
      targets[k] = Math.min(1.0, picks[sentences[k]]);
    }
    return new Labelled(rows, targets);
  }
}
