package dev.chorus.ingest;

import dev.chorus.model.Article;

/**
 * Reads a plain-text article: an optional headline line, then the body.
 *
 * <p>Rules, applied in order:
 *
 * <ol>
 *   <li>Line endings are normalised: CRLF and lone CR become LF (they are an artefact of the
 *       platform that wrote the file, not of the text; sentence offsets then mean the same thing on
 *       every platform).
 *   <li>Leading blank (empty or whitespace-only) lines are removed.
 *   <li>If the first line is at most {@value #MAX_TITLE_LENGTH} code points long and is followed by
 *       a blank line and then some non-blank text, the first line (stripped of surrounding
 *       whitespace) is the title and the body is the text after the blank lines that follow it. A
 *       sentence-final period does not matter: headlines sometimes have one.
 *   <li>Otherwise there is no title and the whole text is the body: a lone short paragraph is a
 *       body, not a headline without an article.
 * </ol>
 *
 * <p>Apart from that, the body is kept verbatim, including trailing whitespace and inner blank
 * lines, so offsets into it are offsets into the file's text. Stateless and thread-safe.
 */
public final class TextArticleParser implements ArticleParser {

  /** The longest first line (in code points) still taken as a headline. */
  public static final int MAX_TITLE_LENGTH = 200;

  @Override
  public Article parse(String defaultId, String content) throws IngestException {
    String text = stripLeadingBlankLines(normaliseLineEndings(content));
    if (text.isBlank()) {
      throw new IngestException("file has no text (only whitespace)");
    }
    int firstEnd = text.indexOf('\n');
    if (firstEnd >= 0) {
      String first = text.substring(0, firstEnd);
      int secondEnd = text.indexOf('\n', firstEnd + 1);
      String second = text.substring(firstEnd + 1, secondEnd >= 0 ? secondEnd : text.length());
      if (first.codePointCount(0, first.length()) <= MAX_TITLE_LENGTH
          && second.isBlank()
          && secondEnd >= 0) {
        String body = stripLeadingBlankLines(text.substring(secondEnd + 1));
        if (!body.isBlank()) {
          return new Article(defaultId, null, null, first.strip(), null, body);
        }
      }
    }
    return Article.of(defaultId, text);
  }

  /** {@code text} with CRLF and lone CR replaced by LF. */
  static String normaliseLineEndings(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** {@code text} from the start of its first non-blank line (LF line endings expected). */
  static String stripLeadingBlankLines(String text) {
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || !text.substring(lineStart, lineEnd).isBlank()) {
        break;
      }
      lineStart = lineEnd + 1;
    }
    return text.substring(lineStart);
  }
}
