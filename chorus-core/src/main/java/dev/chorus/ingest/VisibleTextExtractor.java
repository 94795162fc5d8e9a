package dev.chorus.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * All text a reader would see in the page body, with its paragraph structure: the baseline
 * extractor, with no boilerplate removal (menus, footers and captions stay in).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Subtrees that are never rendered as text are skipped: {@code script, style, noscript,
 *       template, nav, iframe, svg, canvas, object, embed}, and any element with the {@code hidden}
 *       attribute.
 *   <li>Each block element ({@code p, div, h1}–{@code h6, li, blockquote, table, tr}, ...) starts
 *       and ends a paragraph; paragraphs are joined by one blank line ({@code "\n\n"}) and empty
 *       ones dropped.
 *   <li>Inside a paragraph, runs of HTML whitespace (space, tab, CR, LF, FF) collapse to one space,
 *       as a browser renders them; a {@code br} is a line break ({@code "\n"}); text inside {@code
 *       pre} is kept as written (except whitespace at the ends of the paragraph and of lines).
 *       Non-breaking spaces are text, not whitespace, and are kept.
 *   <li>Table cells ({@code td, th}) are separated by a space.
 * </ul>
 *
 * <p>Linear in the size of the document. Does not modify the document. Stateless and thread-safe.
 */
public final class VisibleTextExtractor implements HtmlTextExtractor {

  private static final Set<String> INVISIBLE =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "nav",
          "iframe",
          "svg",
          "canvas",
          "object",
          "embed",
          "head");

  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "caption",
          "dd",
          "details",
          "dialog",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "menu",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "tfoot",
          "thead",
          "tr",
          "ul");

  @Override
  public String extract(Document document) {
    Element body = document.body();
    if (body == null) {
      return "";
    }
    Paragraphs paragraphs = new Paragraphs();
    NodeTraversor.filter(paragraphs, body);
    return paragraphs.text();
  }

  /** Collects paragraphs during one traversal; one instance per call, so no shared state. */
  private static final class Paragraphs implements NodeFilter {

    private final List<String> done = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean pendingSpace;
    private int preDepth;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        if (preDepth > 0) {
          appendVerbatim(textNode.getWholeText());
        } else {
          appendCollapsed(textNode.getWholeText());
        }
      } else if (node instanceof Element element) {
        String name = element.normalName();
        if (INVISIBLE.contains(name) || element.hasAttr("hidden")) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCKS.contains(name)) {
          endParagraph();
        } else if (name.equals("br")) {
          lineBreak();
        } else if (name.equals("td") || name.equals("th")) {
          pendingSpace = true;
        }
        if (name.equals("pre")) {
          preDepth++;
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element) {
        String name = element.normalName();
        if (name.equals("pre")) {
          preDepth--;
        }
        if (BLOCKS.contains(name)) {
          endParagraph();
        }
      }
      return FilterResult.CONTINUE;
    }

    private void appendCollapsed(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (isHtmlWhitespace(c)) {
          pendingSpace = true;
        } else {
          // A space is only worth keeping between two pieces of text on the same line.
          if (pendingSpace && current.length() > 0 && lastChar() != '\n') {
            current.append(' ');
          }
          pendingSpace = false;
          current.append(c);
        }
      }
    }

    private void appendVerbatim(String text) {
      if (pendingSpace && current.length() > 0 && lastChar() != '\n') {
        current.append(' ');
      }
      pendingSpace = false;
      current.append(text);
    }

    private void lineBreak() {
      current.append('\n');
      pendingSpace = false;
    }

    private void endParagraph() {
      String paragraph = stripTrailingSpacesOfLines(current.toString()).strip();
      if (!paragraph.isEmpty()) {
        done.add(paragraph);
      }
      current.setLength(0);
      pendingSpace = false;
    }

    private char lastChar() {
      return current.charAt(current.length() - 1);
    }

    String text() {
      endParagraph();
      return String.join("\n\n", done);
    }
  }

  private static boolean isHtmlWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  /** Removes spaces before line breaks, which a browser would not show either. */
  private static String stripTrailingSpacesOfLines(String text) {
    if (text.indexOf('\n') < 0) {
      return text;
    }
    return text.replaceAll("[ \\t]+\n", "\n");
  }
}
