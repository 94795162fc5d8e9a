package dev.chorus.eval;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.rouge.RougeOptions;
import dev.chorus.rouge.RougeOptions.ScoringFormula;
import dev.chorus.rouge.RougeResources;
import dev.chorus.rouge.RougeTokenizer;
import dev.chorus.select.NearDuplicateIndex;
import dev.chorus.select.SummaryBuilder;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The greedy ROUGE oracle: the extractive summary that a selector knowing the reference summaries
 * would pick. It is the ceiling that extractive methods are compared with, and the source of
 * sentence labels for learned methods.
 *
 * <p>Algorithm: the greedy oracle of Nallapati, Zhai and Zhou (SummaRuNNer, AAAI 2017) and Kedzie
 * et al. (EMNLP 2018), run with the cost scaling of Lin and Bilmes (NAACL 2010). Starting from an
 * empty summary, repeatedly append the story sentence with the largest gain in ROUGE-1 + ROUGE-2
 * (recall or F, see {@link #OracleSelector(RougeOptions, RougeResources, char)}) divided by its
 * cost (words, bytes or 1 sentence) to the power {@code r}, among the sentences that raise the
 * objective, fit the budget whole and are no near-duplicate of one already chosen; stop when none
 * is left. With a truncating {@link Budget}, the sentence whose cut prefix raises the objective
 * most then fills the rest of the budget. This runs for r = 0 (the plain greedy oracle), 0.5 and 1,
 * and the summary with the highest objective is kept (the earlier run on a tie). Plain greedy alone
 * lets one long sentence crowd out two shorter, better ones: on DUC 2004 at 100 words it scored
 * below MMR's summary on 17 of 50 clusters. Ties between sentences go to the earlier one in story
 * order, so the result is deterministic. The summary lists the sentences in the order they were
 * chosen, like the other summarizers; the budget and near-duplicate rules are those of {@link
 * SummaryBuilder}.
 *
 * <p>The objective is computed with an internal n-gram counter on the tokens of {@link
 * RougeTokenizer}: the official tokenization, stopword removal and stemming, references truncated
 * by {@code -l}/{@code -b} as the scorer does; bigrams span sentence boundaries in the order the
 * sentences are appended, as the scorer concatenates them; several references are pooled ({@code -f
 * A}) or the best one is used ({@code -f B}). It is the scorer's ROUGE-1 + ROUGE-2 before its
 * 5-decimal rounding. Not modelled: truncation of the system summary by {@code -l}/{@code -b} (the
 * budget is normally within the limit), so with a larger budget the oracle optimizes the
 * untruncated summary.
 *
 * <p>Complexity per story: O(k * n * t * m) for each of the 3 runs, for k chosen sentences, n story
 * sentences of t tokens and m references, plus tokenizing every sentence once. Thread-safe:
 * instances are immutable apart from the tokenizer's concurrent stem cache.
 */
public final class OracleSelector {

  /** The method name of oracle summaries. */
  public static final String NAME = "oracle";

  /**
   * The greedy runs: each step picks the sentence with the largest gain / cost^scaling (cost in the
   * budget's unit). 0 is the plain greedy oracle; 0.5 and 1 favour short sentences, which a budget
   * in words or bytes rewards when long sentences crowd out better pairs.
   */
  private static final double[] COST_SCALINGS = {0, 0.5, 1};

  private final RougeOptions options;
  private final RougeTokenizer tokenizer;
  private final char measure;

  /**
   * @param options the ROUGE flags the summaries will be scored with (tokenization, stemming,
   *     stopwords, reference truncation, {@code -f}, and {@code -p} for F)
   * @param resources the word lists that {@code -m} and {@code -s} need
   * @param measure {@code 'R'} to maximize recall, {@code 'F'} to maximize F
   */
  public OracleSelector(RougeOptions options, RougeResources resources, char measure) {
    this.options = Objects.requireNonNull(options, "options");
    if (measure != 'R' && measure != 'F') {
      throw new IllegalArgumentException("measure must be 'R' or 'F', was '" + measure + "'");
    }
    this.measure = measure;
    this.tokenizer = new RougeTokenizer(options, resources);
  }

  /** The oracle of a preset: its flags and its reported measure. */
  public static OracleSelector of(EvalPreset preset, RougeResources resources) {
    return new OracleSelector(preset.options(), resources, preset.measure());
  }

  /** The measure maximized, {@code 'R'} or {@code 'F'}. */
  public char measure() {
    return measure;
  }

  /**
   * Selects the oracle summary of {@code story}.
   *
   * @param references at least one reference summary, each a list of sentences
   * @return a summary labelled {@value #NAME} that honours {@code budget}
   */
  public Summary select(AnalyzedStory story, List<List<String>> references, Budget budget) {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(budget, "budget");
    Counter counter = new Counter(checkReferences(references));
    List<AnalyzedSentence> sentences = story.sentences();
    int[][] encoded = new int[sentences.size()][];
    for (int s = 0; s < encoded.length; s++) {
      encoded[s] = counter.encode(tokenizer.tokens(List.of(sentences.get(s).text())));
    }
    NearDuplicateIndex duplicates = NearDuplicateIndex.of(story);
    Summary best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (double scaling : COST_SCALINGS) {
      counter.clear();
      Greedy greedy = new Greedy(story, budget, duplicates, counter, encoded, scaling);
      double value = greedy.run();
      // Strictly greater: on a tie the plain greedy run (listed first) wins.
      if (value > bestValue) {
        bestValue = value;
        best = greedy.builder.build(NAME);
      }
    }
    return best;
  }

  /**
   * The objective the oracle maximizes for a given summary: ROUGE-1 + ROUGE-2 in the measure, from
   * the same counter, unrounded (the scorer's values rounded to 5 decimals differ by at most 1e-5
   * each).
   *
   * @param summary the summary's sentences, in order
   * @param references at least one reference summary, each a list of sentences
   */
  public double objective(List<String> summary, List<List<String>> references) {
    Objects.requireNonNull(summary, "summary");
    Counter counter = new Counter(checkReferences(references));
    for (String sentence : summary) {
      counter.append(counter.encode(tokenizer.tokens(List.of(sentence))));
    }
    return counter.value();
  }

  private static List<List<String>> checkReferences(List<List<String>> references) {
    Objects.requireNonNull(references, "references");
    if (references.isEmpty()) {
      throw new IllegalArgumentException("the oracle needs at least one reference summary");
    }
    return references;
  }

  /** One greedy run over one story. Single use, not thread-safe. */
  private final class Greedy {
    private final AnalyzedStory story;
    private final Budget budget;
    private final SummaryBuilder builder;
    private final Counter counter;
    private final int[][] encoded;
    private final double scaling;
    private int used;

    Greedy(
        AnalyzedStory story,
        Budget budget,
        NearDuplicateIndex duplicates,
        Counter counter,
        int[][] encoded,
        double scaling) {
      this.story = story;
      this.budget = budget;
      this.builder = new SummaryBuilder(story, budget, duplicates);
      this.counter = counter;
      this.encoded = encoded;
      this.scaling = scaling;
    }

    /** Runs the greedy selection; returns the objective of the summary built. */
    double run() {
      int n = encoded.length;
      boolean[] alive = new boolean[n];
      for (int s = 0; s < n; s++) {
        // A sentence without a reference word cannot raise ROUGE-1 or ROUGE-2: every bigram it
        // adds, across the boundary too, contains one of its words.
        alive[s] = story.sentences().get(s).words() > 0 && counter.touchesReference(encoded[s]);
      }
      double current = counter.value();
      while (!builder.isClosed()) {
        int best = -1;
        double bestValue = current;
        double bestRatio = 0;
        for (int s = 0; s < n; s++) {
          if (!alive[s]) {
            continue;
          }
          if (builder.isDuplicate(s)) {
            alive[s] = false;
            continue;
          }
          if (!builder.fits(s)) {
            continue; // may still be the cut sentence of a truncating budget
          }
          double value = counter.valueWith(encoded[s]);
          double gain = value - current;
          if (gain <= 0) {
            continue;
          }
          double ratio = scaling == 0 ? gain : gain / StrictMath.pow(budget.cost(text(s)), scaling);
          if (ratio > bestRatio) {
            bestRatio = ratio;
            bestValue = value;
            best = s;
          }
        }
        if (best < 0) {
          break;
        }
        alive[best] = false;
        if (builder.offer(best) != SummaryBuilder.Outcome.ADDED) {
          throw new IllegalStateException("sentence " + best + " fit but was not added");
        }
        used += (builder.size() > 1 ? budget.separatorCost() : 0) + budget.cost(text(best));
        counter.append(encoded[best]);
        current = bestValue;
      }
      if (budget.truncate() && !builder.isClosed()) {
        fillWithPrefix(alive, current);
      }
      return counter.value();
    }

    /** Adds the sentence whose prefix, cut at the budget, raises the objective most, if any. */
    private void fillWithPrefix(boolean[] alive, double current) {
      int allowed = budget.limit() - used - (builder.size() > 0 ? budget.separatorCost() : 0);
      int best = -1;
      double bestValue = current;
      int[] bestPrefix = null;
      for (int s = 0; s < encoded.length; s++) {
        if (!alive[s] || builder.isDuplicate(s)) {
          continue;
        }
        String prefix = prefix(text(s), allowed);
        if (prefix.isEmpty()) {
          continue;
        }
        int[] ids = counter.encode(tokenizer.tokens(List.of(prefix)));
        double value = counter.valueWith(ids);
        if (value > bestValue) {
          bestValue = value;
          best = s;
          bestPrefix = ids;
        }
      }
      if (best >= 0) {
        builder.offer(best);
        counter.append(bestPrefix);
      }
    }

    /**
     * The prefix of {@code text} that {@link SummaryBuilder} keeps when it cuts it to {@code
     * allowed} units: the first words, or the longest prefix whose byte cost fits.
     */
    private String prefix(String text, int allowed) {
      if (budget.cost(text) <= allowed) {
        return text; // fits whole: the builder adds it uncut
      }
      switch (budget.unit()) {
        case WORDS -> {
          int seen = 0;
          boolean inWord = false;
          for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
              if (seen == allowed) {
                return text.substring(0, i).stripTrailing();
              }
              seen++;
            }
            inWord = !space;
          }
          return text.stripTrailing();
        }
        case BYTES -> {
          int low = 0;
          int high = text.length();
          while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (budget.cost(text.substring(0, mid)) <= allowed) {
              low = mid;
            } else {
              high = mid - 1;
            }
          }
          if (low > 0 && low < text.length() && Character.isLowSurrogate(text.charAt(low))) {
            low--;
          }
          return text.substring(0, low).stripTrailing();
        }
        default -> {
          return ""; // sentence budgets never cut
        }
      }
    }

    private String text(int sentence) {
      return story.sentences().get(sentence).text();
    }
  }

  /**
   * ROUGE-1 and ROUGE-2 hit counts of a growing summary against fixed references. Tokens that occur
   * in no reference are encoded as -1: they count towards the summary's length but can never hit.
   * Not thread-safe.
   */
  private final class Counter {
    private final Map<String, Integer> unigramIds = new HashMap<>();
    private final Map<Long, Integer> bigramIds = new HashMap<>();
    private final int[][] referenceUnigrams;
    private final int[][] referenceBigrams;
    private final int[] referenceLength;
    private final int[] summaryUnigrams;
    private final int[] summaryBigrams;
    private final int[] hits1;
    private final int[] hits2;
    private final int[] scratchUnigrams;
    private final int[] scratchBigrams;
    private final int[] newHits1;
    private final int[] newHits2;
    private int summaryLength;
    private int last = -2; // -2: empty summary; -1: last token in no reference

    Counter(List<List<String>> references) {
      int r = references.size();
      List<int[]> encodedReferences = new ArrayList<>(r);
      for (List<String> reference : references) {
        List<String> tokens = tokenizer.tokens(Objects.requireNonNull(reference, "reference"));
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = unigramIds.computeIfAbsent(tokens.get(i), t -> unigramIds.size());
        }
        for (int i = 0; i + 1 < ids.length; i++) {
          bigramIds.computeIfAbsent(key(ids[i], ids[i + 1]), k -> bigramIds.size());
        }
        encodedReferences.add(ids);
      }
      int vocabulary = unigramIds.size();
      int bigrams = bigramIds.size();
      referenceUnigrams = new int[r][vocabulary];
      referenceBigrams = new int[r][bigrams];
      referenceLength = new int[r];
      for (int k = 0; k < r; k++) {
        int[] ids = encodedReferences.get(k);
        referenceLength[k] = ids.length;
        for (int i = 0; i < ids.length; i++) {
          referenceUnigrams[k][ids[i]]++;
          if (i + 1 < ids.length) {
            referenceBigrams[k][bigramIds.get(key(ids[i], ids[i + 1]))]++;
          }
        }
      }
      summaryUnigrams = new int[vocabulary];
      summaryBigrams = new int[bigrams];
      scratchUnigrams = new int[vocabulary];
      scratchBigrams = new int[bigrams];
      hits1 = new int[r];
      hits2 = new int[r];
      newHits1 = new int[r];
      newHits2 = new int[r];
    }

    /** Empties the summary; the references and the token ids stay. */
    void clear() {
      Arrays.fill(summaryUnigrams, 0);
      Arrays.fill(summaryBigrams, 0);
      Arrays.fill(hits1, 0);
      Arrays.fill(hits2, 0);
      summaryLength = 0;
      last = -2;
    }

    /** Token ids, -1 for tokens in no reference. */
    int[] encode(List<String> tokens) {
      int[] ids = new int[tokens.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = unigramIds.getOrDefault(tokens.get(i), -1);
      }
      return ids;
    }

    boolean touchesReference(int[] ids) {
      for (int id : ids) {
        if (id >= 0) {
          return true;
        }
      }
      return false;
    }

    /** The objective of the summary now. */
    double value() {
      return objective(hits1, hits2, summaryLength);
    }

    /** The objective if {@code ids} were appended; leaves the summary unchanged. */
    double valueWith(int[] ids) {
      tally(ids, false);
      return objective(newHits1, newHits2, summaryLength + ids.length);
    }

    void append(int[] ids) {
      tally(ids, true);
      System.arraycopy(newHits1, 0, hits1, 0, hits1.length);
      System.arraycopy(newHits2, 0, hits2, 0, hits2.length);
      summaryLength += ids.length;
      if (ids.length > 0) {
        last = ids[ids.length - 1];
      }
    }

    /**
     * Fills {@code newHits1/2} with the hits after appending {@code ids}: an added occurrence of an
     * n-gram hits reference k while the summary's count of it stays within the reference's.
     */
    private void tally(int[] ids, boolean commit) {
      System.arraycopy(hits1, 0, newHits1, 0, hits1.length);
      System.arraycopy(hits2, 0, newHits2, 0, hits2.length);
      for (int id : ids) {
        if (id >= 0) {
          int occurrence = summaryUnigrams[id] + ++scratchUnigrams[id];
          for (int k = 0; k < newHits1.length; k++) {
            if (occurrence <= referenceUnigrams[k][id]) {
              newHits1[k]++;
            }
          }
        }
      }
      int previous = last;
      for (int id : ids) {
        int bigram = previous >= 0 && id >= 0 ? bigramIds.getOrDefault(key(previous, id), -1) : -1;
        if (bigram >= 0) {
          int occurrence = summaryBigrams[bigram] + ++scratchBigrams[bigram];
          for (int k = 0; k < newHits2.length; k++) {
            if (occurrence <= referenceBigrams[k][bigram]) {
              newHits2[k]++;
            }
          }
        }
        previous = id;
      }
      // Reset the scratch counts (committing them first when appending).
      previous = last;
      for (int id : ids) {
        if (id >= 0) {
          if (commit) {
            summaryUnigrams[id] += scratchUnigrams[id];
          }
          scratchUnigrams[id] = 0;
        }
        int bigram = previous >= 0 && id >= 0 ? bigramIds.getOrDefault(key(previous, id), -1) : -1;
        if (bigram >= 0) {
          if (commit) {
            summaryBigrams[bigram] += scratchBigrams[bigram];
          }
          scratchBigrams[bigram] = 0;
        }
        previous = id;
      }
    }

    private double objective(int[] unigramHits, int[] bigramHits, int length) {
      return measureOf(unigramHits, length, 1) + measureOf(bigramHits, length, 2);
    }

    /** ROUGE-n in the measure, combined over references as {@code -f} says. */
    private double measureOf(int[] hits, int length, int n) {
      int summaryGrams = Math.max(0, length - n + 1);
      if (options.formula() == ScoringFormula.AVERAGE) {
        long hitSum = 0;
        long referenceSum = 0;
        for (int k = 0; k < hits.length; k++) {
          hitSum += hits[k];
          referenceSum += Math.max(0, referenceLength[k] - n + 1);
        }
        return measure(hitSum, referenceSum, (long) summaryGrams * hits.length);
      }
      // -f B: the reference with the best recall, the first on ties.
      int bestReference = 0;
      double bestRecall = -1;
      for (int k = 0; k < hits.length; k++) {
        int grams = Math.max(0, referenceLength[k] - n + 1);
        double recall = grams > 0 ? (double) hits[k] / grams : 0;
        if (recall > bestRecall) {
          bestRecall = recall;
          bestReference = k;
        }
      }
      return measure(
          hits[bestReference], Math.max(0, referenceLength[bestReference] - n + 1), summaryGrams);
    }

    private double measure(long hits, long referenceGrams, long summaryGrams) {
      double recall = referenceGrams > 0 ? (double) hits / referenceGrams : 0;
      if (measure == 'R') {
        return recall;
      }
      double precision = summaryGrams > 0 ? (double) hits / summaryGrams : 0;
      double alpha = options.alpha();
      double denominator = (1 - alpha) * precision + alpha * recall;
      return denominator > 0 ? precision * recall / denominator : 0;
    }
  }

  private static long key(int first, int second) {
    return ((long) first << 32) | (second & 0xFFFFFFFFL);
  }
}
