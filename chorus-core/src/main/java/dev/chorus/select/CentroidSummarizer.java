package dev.chorus.select;

import dev.chorus.model.Budget;
import dev.chorus.model.Summary;
import dev.chorus.text.AnalyzedStory;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * MEAD's centroid-based summarizer: Radev, Jing, Styś and Tam, "Centroid-based summarization of
 * multiple documents", Information Processing and Management 40(6), 2004.
 *
 * <p>Sentence i of an article with n sentences, at 1-based position p, scores {@code wc*C + wp*P +
 * wf*F}:
 *
 * <ul>
 *   <li>centroid value C: the sum, over the distinct terms of the sentence, of the term's centroid
 *       weight {@code (occurrences in the story / number of articles) * idf}, idf over the story's
 *       sentences (see {@link StoryIndex}: no background corpus is needed);
 *   <li>positional value {@code P = (n - p + 1) / n * Cmax}, Cmax the highest centroid value in the
 *       article;
 *   <li>first-sentence overlap F: the inner product of the sentence's term-frequency vector with
 *       that of the article's first informative sentence (its lead; a dateline would say nothing).
 * </ul>
 *
 * Redundancy is handled as MEAD's reranker does: sentences are taken greedily, and a candidate's
 * score is lowered by {@code wr * max R(i, s)} over the sentences s already selected, where {@code
 * R = 2 * |shared terms| / (|terms of i| + |terms of s|)} and wr is the highest score of any
 * candidate, so a sentence that repeats a selected one entirely drops below every fresh one.
 * Near-duplicates are rejected outright (see {@link SummaryBuilder}). The summary is in selection
 * order.
 *
 * <p>Defaults: {@code wc = wp = wf = 1}, the paper's setting. Immutable and thread-safe. O(T) to
 * score for T term occurrences, plus O(k * n * t) for the reranker (k sentences selected, n
 * candidates, t terms per sentence).
 */
public final class CentroidSummarizer implements Summarizer {

  private final double centroidWeight;
  private final double positionWeight;
  private final double firstSentenceWeight;

  /** The paper's equal weights for centroid, position and first-sentence overlap. */
  public CentroidSummarizer() {
    this(1.0, 1.0, 1.0);
  }

  /** Custom feature weights, each >= 0. */
  public CentroidSummarizer(
      double centroidWeight, double positionWeight, double firstSentenceWeight) {
    this.centroidWeight = Arguments.nonNegative("centroidWeight", centroidWeight);
    this.positionWeight = Arguments.nonNegative("positionWeight", positionWeight);
    this.firstSentenceWeight = Arguments.nonNegative("firstSentenceWeight", firstSentenceWeight);
  }

  @Override
  public String name() {
    return "centroid";
  }

  @Override
  public Summary summarize(AnalyzedStory story, Budget budget) {
    Selection selection = Selection.start(story, budget);
    StoryIndex index = selection.index;
    int[] candidates = selection.candidates;
    double[] score = scores(index, candidates);

    double weight = IntStream.of(candidates).mapToDouble(c -> score[c]).max().orElse(0.0);
    double[] redundancy = new double[candidates.length];
    selection.greedy(
        alive -> {
          int best = -1;
          double bestValue = Double.NEGATIVE_INFINITY;
          for (int k = 0; k < candidates.length; k++) {
            double value = score[candidates[k]] - weight * redundancy[k];
            if (alive[k] && value > bestValue) {
              best = k;
              bestValue = value;
            }
          }
          return best;
        },
        added -> {
          int s = candidates[added];
          for (int k = 0; k < candidates.length; k++) {
            redundancy[k] = Math.max(redundancy[k], subsumption(index, candidates[k], s));
          }
        });
    return selection.build(name());
  }

  /** MEAD scores of all sentences; only the candidates' entries are filled. */
  double[] scores(StoryIndex index, int[] candidates) {
    AnalyzedStory story = index.story();
    int n = index.size();
    int documents = 0;
    for (int i = 0; i < n; i++) {
      documents = Math.max(documents, index.sentence(i).documentIndex() + 1);
    }
    double[] termCentroid = new double[index.vocabularySize()];
    for (int i = 0; i < n; i++) {
      int[] terms = index.termIds(i);
      int[] counts = index.termCounts(i);
      for (int k = 0; k < terms.length; k++) {
        termCentroid[terms[k]] += counts[k];
      }
    }
    double articles = Math.max(1, story.documentCount());
    for (int t = 0; t < termCentroid.length; t++) {
      termCentroid[t] = termCentroid[t] / articles * index.idf(t);
    }

    double[] centroid = new double[n];
    double[] maxCentroid = new double[documents];
    int[] sentencesIn = new int[documents];
    for (int i = 0; i < n; i++) {
      for (int t : index.termIds(i)) {
        centroid[i] += termCentroid[t];
      }
      int d = index.sentence(i).documentIndex();
      maxCentroid[d] = Math.max(maxCentroid[d], centroid[i]);
      sentencesIn[d]++;
    }
    int[] lead = new int[documents];
    Arrays.fill(lead, -1);
    for (int c : candidates) {
      int d = index.sentence(c).documentIndex();
      if (lead[d] < 0) {
        lead[d] = c;
      }
    }

    double[] score = new double[n];
    for (int c : candidates) {
      int d = index.sentence(c).documentIndex();
      int size = sentencesIn[d];
      int position = Math.min(index.sentence(c).position(), size - 1);
      double positional = (double) (size - position) / size * maxCentroid[d];
      double firstOverlap = termFrequencyDot(index, c, lead[d]);
      score[c] =
          centroidWeight * centroid[c]
              + positionWeight * positional
              + firstSentenceWeight * firstOverlap;
    }
    return score;
  }

  private static double termFrequencyDot(StoryIndex index, int a, int b) {
    int[] ta = index.termIds(a);
    int[] tb = index.termIds(b);
    int[] ca = index.termCounts(a);
    int[] cb = index.termCounts(b);
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ta.length && j < tb.length) {
      if (ta[i] < tb[j]) {
        i++;
      } else if (ta[i] > tb[j]) {
        j++;
      } else {
        dot += (double) ca[i++] * cb[j++];
      }
    }
    return dot;
  }

  /** MEAD's redundancy R: 2 * shared terms / (terms of a + terms of b), 0 without terms. */
  static double subsumption(StoryIndex index, int a, int b) {
    int sizes = index.termIds(a).length + index.termIds(b).length;
    return sizes == 0 ? 0 : 2.0 * index.overlap(a, b) / sizes;
  }
}
