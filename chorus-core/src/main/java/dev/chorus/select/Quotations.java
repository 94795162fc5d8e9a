package dev.chorus.select;

import dev.chorus.text.AnalyzedSentence;
import dev.chorus.text.AnalyzedStory;
import java.util.List;

/**
 * Which sentences lie inside a quotation opened by an earlier sentence: {@code “Our intention is
 * to have an open dialogue. We want to be inclusive. We don't want to go over anybody's head,” the
 * ambassador said.} Out of context, the middle sentence has no speaker and little meaning.
 *
 * <p>Quotation marks are followed through each article's sentences: {@code “} and {@code ``}
 * open, {@code ”} and {@code ''} close, a straight {@code "} toggles; a paragraph break (a blank
 * line between two sentences) closes an open quotation, since news style reopens a quotation that
 * runs on into a new paragraph. Single quotes are not followed: most are apostrophes. Stateless;
 * O(characters of the story).
 */
final class Quotations {

  private Quotations() {}

  /** For each sentence of {@code story}, whether it starts inside an open quotation. */
  static boolean[] insideOpenQuotation(AnalyzedStory story) {
    List<AnalyzedSentence> sentences = story.sentences();
    boolean[] inside = new boolean[sentences.size()];
    int document = -1;
    int previousEnd = 0;
    boolean open = false;
    String text = "";
    for (int i = 0; i < sentences.size(); i++) {
      AnalyzedSentence sentence = sentences.get(i);
      int start = sentence.sentence().span().start();
      if (sentence.documentIndex() != document) {
        document = sentence.documentIndex();
        text = story.story().articles().get(document).text();
        open = false;
      } else if (start < previousEnd || hasParagraphBreak(text, previousEnd, start)) {
        open = false;
      }
      inside[i] = open;
      open = openAfter(sentence.text(), open);
      previousEnd = sentence.sentence().span().end();
    }
    return inside;
  }

  /** Whether a quotation is open after {@code text}, given whether one was open before it. */
  static boolean openAfter(String text, boolean open) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“') {
        open = true;
      } else if (c == '”') {
        open = false;
      } else if (c == '"') {
        open = !open;
      } else if (c == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`') {
        open = true;
        i++;
      } else if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        open = false;
        i++;
      }
    }
    return open;
  }

  /** Whether {@code text[from, to)} holds a blank line. */
  private static boolean hasParagraphBreak(String text, int from, int to) {
    int end = Math.min(to, text.length());
    boolean sawNewline = false;
    for (int i = Math.max(0, from); i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (sawNewline) {
          return true;
        }
        sawNewline = true;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        sawNewline = false;
      }
    }
    return false;
  }
}
