package dev.chorus.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word k-shingles of a text as sorted sets of 64-bit hashes, and exact set similarities over them.
 *
 * <p>Words are the maximal runs of letters and digits, lowercased ({@code "U.S."} gives {@code u}
 * and {@code s}); a shingle is k consecutive words. Each shingle is hashed to 64 bits (FNV-1a over
 * the words' characters with a separator, then the MurmurHash3 finalizer for avalanche), so a set
 * of shingles is a sorted {@code long[]} without repeats. With 64-bit hashes, a collision among
 * the few thousand shingles of a story has probability about n²/2⁶⁵, negligible.
 *
 * <p>A text with fewer than k words has one shingle: all its words (none for an empty text).
 * Stateless and thread-safe; {@link #of} is O(n log n) for n words, the similarities O(|a|+|b|).
 */
public final class Shingles {

  /** The shingle size used for documents: 3-word shingles. */
  public static final int DEFAULT_SIZE = 3;

  private Shingles() {}

  /** The lowercase letter-and-digit runs of {@code text}, in order. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int c = text.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /**
   * The sorted, distinct hashes of the {@code size}-word shingles of {@code text}.
   *
   * @param size at least 1
   */
  public static long[] of(String text, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("shingle size must be >= 1, was " + size);
    }
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new long[0];
    }
    int count = Math.max(1, words.size() - size + 1);
    long[] hashes = new long[count];
    for (int s = 0; s < count; s++) {
      long h = 0xcbf29ce484222325L; // FNV-1a offset basis
      for (int w = s; w < Math.min(s + size, words.size()); w++) {
        String word = words.get(w);
        for (int k = 0; k < word.length(); k++) {
          h = (h ^ word.charAt(k)) * 0x100000001b3L; // FNV-1a prime
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      hashes[s] = mix(h);
    }
    Arrays.sort(hashes);
    return distinct(hashes);
  }

  /** Jaccard similarity |a∩b| / |a∪b| of two sorted distinct sets; 0 when both are empty. */
  public static double jaccard(long[] a, long[] b) {
    int common = intersection(a, b);
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** Containment |a∩b| / min(|a|, |b|) of two sorted distinct sets; 0 when either is empty. */
  public static double containment(long[] a, long[] b) {
    int smaller = Math.min(a.length, b.length);
    return smaller == 0 ? 0 : (double) intersection(a, b) / smaller;
  }

  /** Size of the intersection of two sorted distinct sets, by merging. */
  public static int intersection(long[] a, long[] b) {
    int common = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        common++;
        i++;
        j++;
      }
    }
    return common;
  }

  /** The MurmurHash3 64-bit finalizer: a bijection that spreads every input bit. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  private static long[] distinct(long[] sorted) {
    int size = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[size++] = sorted[i];
      }
    }
    return size == sorted.length ? sorted : Arrays.copyOf(sorted, size);
  }
}
