package dev.chorus.select;

import dev.chorus.dedup.SentenceSimilarity;
import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import dev.chorus.text.TermIds;
import java.util.Arrays;
import java.util.List;

/**
 * The term statistics of one story that every summarizer shares: a story-local vocabulary with
 * terms interned to int ids, per-sentence term frequencies, inverse sentence frequencies and unit
 * TF-IDF vectors.
 *
 * <p>Sentences play the role of documents: {@code idf(t) = ln(N / sf(t)) + 1}, where N is the
 * number of sentences in the story and sf(t) the number of sentences containing t. The {@code + 1}
 * keeps a term that occurs in every sentence from vanishing. A sentence vector has weight {@code tf
 * * idf} per term, scaled to unit length, so the dot product of two vectors is their cosine (zero
 * vectors for sentences without terms).
 *
 * <p>Term ids follow first occurrence in story order, so everything derived from them is
 * deterministic. Arrays returned by the accessors are the index's own storage, for speed: callers
 * in this package must not modify them. Immutable after construction, hence thread-safe; built in
 * O(T) time and memory for T term occurrences in the story.
 */
final class StoryIndex {

  private final AnalyzedStory story;
  private final String[] vocabulary;
  private final int[][] termIds;
  private final int[][] termSequences;
  private final int[][] termCounts;
  private final int[] termTotals;
  private final double[][] weights;
  private final int[] sentenceFrequency;
  private final double[] idf;
  private final int[][] postings;

  private StoryIndex(AnalyzedStory story) {
    this.story = story;
    List<AnalyzedSentence> sentences = story.sentences();
    int n = sentences.size();
    TermIds ids = new TermIds();
    termIds = new int[n][];
    termSequences = new int[n][];
    termCounts = new int[n][];
    termTotals = new int[n];
    for (int i = 0; i < n; i++) {
      List<String> terms = sentences.get(i).terms();
      int[] occurrences = new int[terms.size()];
      for (int k = 0; k < occurrences.length; k++) {
        occurrences[k] = ids.idOf(terms.get(k));
      }
      termTotals[i] = occurrences.length;
      termSequences[i] = occurrences.clone();
      Arrays.sort(occurrences);
      int distinct = 0;
      for (int k = 0; k < occurrences.length; k++) {
        if (k == 0 || occurrences[k] != occurrences[k - 1]) {
          distinct++;
        }
      }
      int[] row = new int[distinct];
      int[] counts = new int[distinct];
      int d = -1;
      for (int k = 0; k < occurrences.length; k++) {
        if (k == 0 || occurrences[k] != occurrences[k - 1]) {
          row[++d] = occurrences[k];
        }
        counts[d]++;
      }
      termIds[i] = row;
      termCounts[i] = counts;
    }
    vocabulary = ids.terms();

    sentenceFrequency = new int[vocabulary.length];
    for (int[] row : termIds) {
      for (int t : row) {
        sentenceFrequency[t]++;
      }
    }
    idf = new double[vocabulary.length];
    postings = new int[vocabulary.length][];
    for (int t = 0; t < vocabulary.length; t++) {
      idf[t] = Math.log((double) n / sentenceFrequency[t]) + 1.0;
      postings[t] = new int[sentenceFrequency[t]];
    }
    int[] fill = new int[vocabulary.length];
    for (int i = 0; i < n; i++) {
      for (int t : termIds[i]) {
        postings[t][fill[t]++] = i;
      }
    }

    weights = new double[n][];
    for (int i = 0; i < n; i++) {
      int[] row = termIds[i];
      double[] w = new double[row.length];
      double norm = 0;
      for (int k = 0; k < row.length; k++) {
        w[k] = termCounts[i][k] * idf[row[k]];
        norm += w[k] * w[k];
      }
      norm = Math.sqrt(norm);
      for (int k = 0; k < row.length; k++) {
        w[k] /= norm;
      }
      weights[i] = w;
    }
  }

  /** Indexes {@code story}; O(T) for T term occurrences. */
  static StoryIndex of(AnalyzedStory story) {
    return new StoryIndex(story);
  }

  AnalyzedStory story() {
    return story;
  }

  AnalyzedSentence sentence(int i) {
    return story.sentences().get(i);
  }

  /** Number of sentences. */
  int size() {
    return termIds.length;
  }

  int vocabularySize() {
    return vocabulary.length;
  }

  String term(int id) {
    return vocabulary[id];
  }

  /** Distinct term ids of sentence {@code i}, ascending. */
  int[] termIds(int i) {
    return termIds[i];
  }

  /** Term ids of sentence {@code i} in text order, repeats kept (its terms, interned). */
  int[] termSequence(int i) {
    return termSequences[i];
  }

  /** Occurrence counts aligned with {@link #termIds(int)}. */
  int[] termCounts(int i) {
    return termCounts[i];
  }

  /** Term occurrences in sentence {@code i}, repeats counted. */
  int termTotal(int i) {
    return termTotals[i];
  }

  /** Unit TF-IDF weights aligned with {@link #termIds(int)}; empty for a sentence without terms. */
  double[] weights(int i) {
    return weights[i];
  }

  /** Number of sentences that contain term {@code t}. */
  int sentenceFrequency(int t) {
    return sentenceFrequency[t];
  }

  double idf(int t) {
    return idf[t];
  }

  /** Sentences containing term {@code t}, ascending. */
  int[] postings(int t) {
    return postings[t];
  }

  /** Cosine similarity of the TF-IDF vectors of sentences {@code a} and {@code b}. */
  double cosine(int a, int b) {
    int[] ta = termIds[a];
    int[] tb = termIds[b];
    double[] wa = weights[a];
    double[] wb = weights[b];
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ta.length && j < tb.length) {
      if (ta[i] < tb[j]) {
        i++;
      } else if (ta[i] > tb[j]) {
        j++;
      } else {
        dot += wa[i++] * wb[j++];
      }
    }
    return dot;
  }

  /** Dot product of sentence {@code i}'s unit vector with a dense vector over the vocabulary. */
  double dot(int i, double[] dense) {
    int[] t = termIds[i];
    double[] w = weights[i];
    double dot = 0;
    for (int k = 0; k < t.length; k++) {
      dot += w[k] * dense[t[k]];
    }
    return dot;
  }

  /** Adds {@code factor} times sentence {@code i}'s unit vector to a dense vector. */
  void addTo(double[] dense, int i, double factor) {
    int[] t = termIds[i];
    double[] w = weights[i];
    for (int k = 0; k < t.length; k++) {
      dense[t[k]] += factor * w[k];
    }
  }

  /** Number of distinct terms that sentences {@code a} and {@code b} share. */
  int overlap(int a, int b) {
    return SentenceSimilarity.overlap(termIds[a], termIds[b]);
  }

}
