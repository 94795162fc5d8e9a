package dev.chorus.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of a fixed collection of documents (Salton and Buckley, "Term-weighting approaches
 * in automatic text retrieval", IP&M 24(5), 1988): the weight of term t in document d is (1 + ln
 * tf(t, d)) · ln(1 + N / df(t)), and every vector has unit length, so that dot products are
 * cosines. The smoothed idf keeps a term found in most documents from weighing nothing, which
 * matters when N is small: at the start of a stream ({@link SinglePassClusterer}), where ln(N / df)
 * gave the terms two early articles share almost no weight (docs/clustering.md). A document without
 * terms gets the empty vector.
 *
 * <p>Term numbers are given in order of first occurrence (document order, then term order), so the
 * vectors depend only on the documents and their order. O(total terms) expected time. Not
 * thread-safe while building; the result is immutable.
 */
final class TermSpace {

  private TermSpace() {}

  /** The unit TF-IDF vectors of {@code documents}, one per document, in order. */
  static SparseVector[] vectors(List<List<String>> documents) {
    int n = documents.size();
    Map<String, Integer> numbers = new HashMap<>();
    int[][] ids = new int[n][];
    int[] df = new int[16];
    for (int d = 0; d < n; d++) {
      List<String> terms = documents.get(d);
      int[] own = new int[terms.size()];
      for (int k = 0; k < own.length; k++) {
        Integer number = numbers.get(terms.get(k));
        if (number == null) {
          number = numbers.size();
          numbers.put(terms.get(k), number);
        }
        own[k] = number;
      }
      Arrays.sort(own);
      ids[d] = own;
      if (numbers.size() > df.length) {
        df = Arrays.copyOf(df, Math.max(numbers.size(), 2 * df.length));
      }
      for (int k = 0; k < own.length; k++) {
        if (k == 0 || own[k] != own[k - 1]) {
          df[own[k]]++;
        }
      }
    }
    SparseVector[] vectors = new SparseVector[n];
    for (int d = 0; d < n; d++) {
      vectors[d] = weigh(ids[d], df, n);
    }
    return vectors;
  }

  /**
   * The unit vector of a document given its sorted term numbers (repeats kept) and the document
   * frequencies {@code df} in a collection of {@code n} documents.
   */
  static SparseVector weigh(int[] sortedIds, int[] df, int n) {
    int[] terms = new int[sortedIds.length];
    float[] weights = new float[sortedIds.length];
    int size = 0;
    double squares = 0;
    for (int start = 0; start < sortedIds.length; ) {
      int end = start;
      while (end < sortedIds.length && sortedIds[end] == sortedIds[start]) {
        end++;
      }
      int term = sortedIds[start];
      double weight = (1 + Math.log(end - start)) * Math.log(1 + (double) n / df[term]);
      terms[size] = term;
      weights[size++] = (float) weight;
      squares += weight * weight;
      start = end;
    }
    if (size == 0) {
      return SparseVector.EMPTY;
    }
    float norm = (float) Math.sqrt(squares);
    for (int k = 0; k < size; k++) {
      weights[k] /= norm;
    }
    return new SparseVector(Arrays.copyOf(terms, size), Arrays.copyOf(weights, size));
  }
}
