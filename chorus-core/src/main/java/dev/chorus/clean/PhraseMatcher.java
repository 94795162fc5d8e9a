package dev.chorus.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the first of a fixed list of word phrases in a text, at word boundaries and ignoring case
 * and punctuation (texts and phrases are compared in {@link TextFeatures#key} form).
 *
 * <p>A phrase is lowercase words separated by single spaces; a last word (not the first) ending in
 * {@code *} matches any word with that prefix ("to subscrib*"). Phrases are indexed by their first
 * word, so a lookup costs one hash probe per word of the text plus the phrases that start with that
 * word. Immutable after construction, hence thread-safe.
 */
final class PhraseMatcher {

  /** A phrase and the label it reports, e.g. {@code "video player"}. */
  record Phrase(String label, String text) {
    Phrase {
      Objects.requireNonNull(label, "label");
      String plain = text.endsWith("*") ? text.substring(0, text.length() - 1) : text;
      if (plain.isBlank() || !plain.equals(TextFeatures.key(plain).strip())
          || text.indexOf(' ') < 0 && text.endsWith("*")) {
        throw new IllegalArgumentException(
            "phrase must be lowercase words separated by single spaces, the last one optionally"
                + " a prefix with '*' (not the first): '" + text + "'");
      }
    }
  }

  /** Where a phrase matched: the phrase and the index of its first word in the text's words. */
  record Match(Phrase phrase, int word) {}

  /**
   * Phrases by first word, in open addressing keyed by the first word's {@link String#hashCode},
   * so a text's words are looked up by hash and compared in place ({@link TextUnit}), without a
   * string per word. Slots hold the phrases (as word arrays, list order) that share a first word.
   */
  private final int[] slotHashes;
  private final String[][][] slotPhrases;

  /**
   * Bit {@code hash & 4095} is set for the hash of every first word: most words of a text start
   * no phrase, and one bit test turns them away before a probe of the table (issue #5).
   */
  private final long[] firstWordBits = new long[4096 / Long.SIZE];
  private final Map<String[], Phrase> phrases = new IdentityHashMap<>();

  PhraseMatcher(List<Phrase> list) {
    Map<String, List<String[]>> byFirstWord = new LinkedHashMap<>();
    for (Phrase phrase : list) {
      String[] words = phrase.text().split(" ");
      byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
      phrases.put(words, phrase);
    }
    int slots = 16;
    while (slots < 2 * byFirstWord.size()) {
      slots *= 2;
    }
    slotHashes = new int[slots];
    slotPhrases = new String[slots][][];
    for (Map.Entry<String, List<String[]>> e : byFirstWord.entrySet()) {
      int slot = e.getKey().hashCode() & (slots - 1);
      while (slotPhrases[slot] != null) {
        slot = (slot + 1) & (slots - 1);
      }
      int hash = e.getKey().hashCode();
      slotHashes[slot] = hash;
      slotPhrases[slot] = e.getValue().toArray(new String[0][]);
      firstWordBits[(hash >>> 6) & 63] |= 1L << hash;
    }
  }

  /** The first phrase (leftmost, then in list order) found in {@code text}, or null. */
  Match find(String text) {
    return find(new TextUnit(text));
  }

  /** The first phrase (leftmost, then in list order) found in the unit, or null. */
  Match find(TextUnit unit) {
    return find(unit, false);
  }

  /** The phrase that the unit starts with, or null. */
  Match findAtStart(TextUnit unit) {
    return find(unit, true);
  }

  private Match find(TextUnit unit, boolean startOnly) {
    int words = unit.keyWordCount();
    int limit = startOnly ? Math.min(1, words) : words;
    int[] hashes = unit.keyWordHashes();
    int mask = slotHashes.length - 1;
    for (int i = 0; i < limit; i++) {
      int hash = hashes[i];
      if ((firstWordBits[(hash >>> 6) & 63] & (1L << hash)) == 0) {
        continue;
      }
      for (int slot = hash & mask; slotPhrases[slot] != null; slot = (slot + 1) & mask) {
        String[][] candidates = slotPhrases[slot];
        if (slotHashes[slot] != hash || !unit.keyWordIs(i, candidates[0][0])) {
          continue;
        }
        for (String[] phrase : candidates) {
          if (matchesAt(unit, i, phrase)) {
            return new Match(phrases.get(phrase), i);
          }
        }
        break;
      }
    }
    return null;
  }

  private static boolean matchesAt(TextUnit unit, int start, String[] phrase) {
    if (start + phrase.length > unit.keyWordCount()) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      String p = phrase[k];
      boolean matches =
          p.endsWith("*")
              ? unit.keyWordStartsWith(start + k, p.substring(0, p.length() - 1))
              : unit.keyWordIs(start + k, p);
      if (!matches) {
        return false;
      }
    }
    return true;
  }
}
