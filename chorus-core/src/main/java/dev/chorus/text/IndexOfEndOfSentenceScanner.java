package dev.chorus.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.lang.Factory;

/**
 * OpenNLP's end-of-sentence scanner, faster: the positions of the end-of-sentence characters of a
 * text, in order, exactly as {@link DefaultEndOfSentenceScanner} returns them. That one boxes
 * every character of the text and looks it up in a hash set; under the quick JIT compiler (C1, as
 * the launcher runs Chorus) this was half of the sentence detector's time (issue #5). Here each
 * end-of-sentence character is found with {@link String#indexOf(int, int)}.
 *
 * <p>Immutable and thread-safe.
 */
final class IndexOfEndOfSentenceScanner implements EndOfSentenceScanner {

  private final char[] characters;

  /** A scanner for the given end-of-sentence characters. */
  IndexOfEndOfSentenceScanner(char[] characters) {
    this.characters = characters.clone();
  }

  /**
   * A detector for {@code model} that finds candidate sentence ends with this scanner and is
   * otherwise the one {@code new SentenceDetectorME(model)} makes: for a model that names its
   * end-of-sentence characters, OpenNLP's two constructors build the same context generator from
   * the model's characters and abbreviations (tested on real text). A model without such
   * characters gets OpenNLP's own detector.
   */
  static SentenceDetectorME detector(SentenceModel model) {
    char[] characters = model.getEosCharacters();
    if (characters == null || characters.length == 0) {
      return new SentenceDetectorME(model);
    }
    return new SentenceDetectorME(model, new Factory() {
      @Override
      public EndOfSentenceScanner createEndOfSentenceScanner(char[] eos) {
        return new IndexOfEndOfSentenceScanner(eos);
      }
    });
  }

  @Override
  public Set<Character> getEOSCharacters() {
    Set<Character> set = new HashSet<>();
    for (char c : characters) {
      set.add(c);
    }
    return Collections.unmodifiableSet(set);
  }

  @Override
  public List<Integer> getPositions(CharSequence text) {
    if (text instanceof String string) {
      return positions(string);
    }
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (isEndOfSentence(text.charAt(i))) {
        positions.add(i);
      }
    }
    return positions;
  }

  @Override
  public List<Integer> getPositions(StringBuffer text) {
    return getPositions((CharSequence) text);
  }

  @Override
  public List<Integer> getPositions(char[] text) {
    return getPositions(new String(text));
  }

  /** The positions in {@code text}, merged from one indexOf search per character. */
  private List<Integer> positions(String text) {
    int[] next = new int[characters.length];
    for (int k = 0; k < characters.length; k++) {
      next[k] = text.indexOf(characters[k]);
    }
    List<Integer> positions = new ArrayList<>();
    while (true) {
      int first = -1;
      for (int k = 0; k < next.length; k++) {
        if (next[k] >= 0 && (first < 0 || next[k] < next[first])) {
          first = k;
        }
      }
      if (first < 0) {
        return positions;
      }
      int position = next[first];
      positions.add(position);
      // A character listed twice is found at the same position by both searches: advance both.
      for (int k = 0; k < next.length; k++) {
        if (next[k] == position) {
          next[k] = text.indexOf(characters[k], position + 1);
        }
      }
    }
  }

  private boolean isEndOfSentence(char c) {
    for (char e : characters) {
      if (c == e) {
        return true;
      }
    }
    return false;
  }
}
