package dev.chorus.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts the rendered text of a subtree into {@link Block}s, as a browser would lay it out: every
 * block-level element starts and ends a block, two consecutive {@code br} do too, a single {@code
 * br} is a line break inside a block, and runs of HTML whitespace collapse to one space.
 *
 * <p>Linear in the size of the subtree; iterative, so deep pages cannot overflow the stack. Does
 * not modify the document. Stateless and thread-safe.
 */
final class Linearizer {

  /** Elements whose start and end break the text into separate blocks. */
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address", "article", "aside", "blockquote", "caption", "center", "dd", "details",
          "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
          "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "ol", "p",
          "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

  private Linearizer() {}

  /**
   * The blocks of {@code root}, in document order, skipping the subtrees of elements that {@code
   * skip} accepts ({@code root} itself is never skipped).
   */
  static List<Block> blocks(Element root, Predicate<Element> skip) {
    return blocks(root, skip, e -> false);
  }

  /**
   * Like {@link #blocks(Element, Predicate)}, but a skipped element that {@code mark} accepts
   * leaves a removed-marker block carrying the number of letters and digits of its text.
   */
  static List<Block> blocks(Element root, Predicate<Element> skip, Predicate<Element> mark) {
    Collector collector = new Collector(root, skip, mark);
    NodeTraversor.filter(collector, root);
    collector.endBlock();
    return collector.blocks;
  }

  /** Collects blocks during one traversal; one instance per call. */
  private static final class Collector implements NodeFilter {

    private final Element root;
    private final Predicate<Element> skip;
    private final Predicate<Element> mark;
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<Element> owners = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int chars;
    private int linkChars;
    private int linkDepth;
    private int headingDepth;
    private int preDepth;
    private boolean heading;
    private boolean pendingSpace;
    private boolean lastWasBreak;

    Collector(Element root, Predicate<Element> skip, Predicate<Element> mark) {
      this.root = root;
      this.skip = skip;
      this.mark = mark;
      owners.push(root);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        append(textNode.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (element != root && skip.test(element)) {
        if (mark.test(element)) {
          int letters = letters(element.text());
          if (letters > 0) {
            endBlock();
            blocks.add(new Block("", element, blocks.size(), letters, 0, false, true));
          }
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      String name = element.normalName();
      if (BLOCK_TAGS.contains(name)) {
        endBlock();
        owners.push(element);
      } else if (name.equals("br")) {
        if (lastWasBreak) {
          endBlock();
        } else {
          lineBreak();
        }
        return FilterResult.CONTINUE;
      } else if (name.equals("img") || name.equals("wbr")) {
        return FilterResult.CONTINUE;
      }
      if (name.equals("a")) {
        linkDepth++;
      } else if (isHeading(name)) {
        headingDepth++;
      } else if (name.equals("pre")) {
        preDepth++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      String name = element.normalName();
      if (name.equals("a")) {
        linkDepth--;
      } else if (isHeading(name)) {
        headingDepth--;
      } else if (name.equals("pre")) {
        preDepth--;
      } else if (name.equals("td") || name.equals("th")) {
        pendingSpace = true;
      }
      if (element != root && BLOCK_TAGS.contains(name)) {
        endBlock();
        owners.pop();
      }
      return FilterResult.CONTINUE;
    }

    private void append(String raw) {
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (preDepth == 0 && isHtmlWhitespace(c)) {
          pendingSpace = true;
          continue;
        }
        if (preDepth > 0 && c == '\n') {
          lineBreak();
          continue;
        }
        if (pendingSpace && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
          text.append(' ');
        }
        pendingSpace = false;
        lastWasBreak = false;
        text.append(c);
        if (Character.isLetterOrDigit(c)) {
          chars++;
          if (linkDepth > 0) {
            linkChars++;
          }
        }
        if (headingDepth > 0 && !Character.isWhitespace(c)) {
          heading = true;
        }
      }
    }

    private void lineBreak() {
      if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
      pendingSpace = false;
      lastWasBreak = true;
    }

    void endBlock() {
      String content = text.toString().replaceAll("[ \\t\\u00a0]*\n[ \\t\\u00a0]*", "\n").strip();
      if (!content.isEmpty() && chars > 0) {
        blocks.add(
            new Block(content, owners.peek(), blocks.size(), chars, linkChars, heading, false));
      }
      text.setLength(0);
      chars = 0;
      linkChars = 0;
      heading = false;
      pendingSpace = false;
      lastWasBreak = false;
    }
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  static boolean isHeading(String name) {
    return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1'
        && name.charAt(1) <= '6';
  }

  private static boolean isHtmlWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
