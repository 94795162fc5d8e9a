package dev.chorus.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
 * word. Immutable after
 * construction, hence thread-safe.
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

  private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
  private final Map<String[], Phrase> phrases = new IdentityHashMap<>();

  PhraseMatcher(List<Phrase> list) {
    for (Phrase phrase : list) {
      String[] words = phrase.text().split(" ");
      byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
      phrases.put(words, phrase);
    }
  }

  /** The first phrase (leftmost, then in list order) found in {@code text}, or null. */
  Match find(String text) {
    return find(new TextUnit(text));
  }

  /** The first phrase (leftmost, then in list order) found in the unit, or null. */
  Match find(TextUnit unit) {
    return find(unit.keyWords(), false);
  }

  /** The phrase that the unit starts with, or null. */
  Match findAtStart(TextUnit unit) {
    return find(unit.keyWords(), true);
  }

  private Match find(String[] words, boolean startOnly) {
    int limit = startOnly ? Math.min(1, words.length) : words.length;
    for (int i = 0; i < limit; i++) {
      List<String[]> candidates = byFirstWord.get(words[i]);
      if (candidates == null) {
        continue;
      }
      for (String[] phrase : candidates) {
        if (matchesAt(words, i, phrase)) {
          return new Match(phrases.get(phrase), i);
        }
      }
    }
    return null;
  }

  private static boolean matchesAt(String[] words, int start, String[] phrase) {
    if (start + phrase.length > words.length) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      String p = phrase[k];
      String w = words[start + k];
      if (p.endsWith("*") ? !w.startsWith(p.substring(0, p.length() - 1)) : !p.equals(w)) {
        return false;
      }
    }
    return true;
  }
}
