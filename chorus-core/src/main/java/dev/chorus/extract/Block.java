package dev.chorus.extract;

import org.jsoup.nodes.Element;

/**
 * One paragraph of a page as a reader sees it: the text of a run of inline content between two
 * block boundaries, with the element that holds it and a few counts the classifier needs.
 *
 * @param text the text, whitespace collapsed as a browser would, never blank
 * @param owner the innermost block-level element around the text
 * @param index position among all blocks of the page
 * @param chars letters and digits in {@code text}
 * @param linkChars letters and digits inside links
 * @param heading whether the text is inside {@code h1}–{@code h6}
 * @param removed whether this stands for a removed boilerplate subtree ({@code text} is empty)
 */
record Block(
    String text, Element owner, int index, int chars, int linkChars, boolean heading,
    boolean removed) {

  /** Share of the letters and digits that are link text, 0 for an empty block. */
  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  /** Whether the block ends like a sentence (after closing quotes and brackets). */
  boolean endsLikeSentence() {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (".!?…:".indexOf(c) >= 0) {
        return true;
      }
      if ("\"'”’»)]".indexOf(c) < 0 && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }
}
