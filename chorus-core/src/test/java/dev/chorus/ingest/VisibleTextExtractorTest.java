package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class VisibleTextExtractorTest {

  private final VisibleTextExtractor extractor = new VisibleTextExtractor();

  private String extract(String html) {
    return extractor.extract(Jsoup.parse(html));
  }

  @Test
  void block_elements_become_blank_line_separated_paragraphs() {
    String html =
        "<body><h1>Pier  repairs</h1><div><p>First\n   paragraph.</p><p>Second <b>bold</b>"
            + " one.</p></div><ul><li>item one</li><li>item two</li></ul></body>";

    assertThat(extract(html))
        .isEqualTo("Pier repairs\n\nFirst paragraph.\n\nSecond bold one.\n\nitem one\n\nitem two");
  }

  @Test
  void invisible_elements_are_removed() {
    String html =
        "<body><nav>Home | Local</nav><script>var x = 1;</script><style>p{}</style>"
            + "<noscript>Enable JS</noscript><template><p>tpl</p></template>"
            + "<p>Visible.</p><div hidden>Hidden div.</div><iframe>frame</iframe></body>";

    assertThat(extract(html)).isEqualTo("Visible.");
  }

  @Test
  void inline_elements_do_not_split_words_or_paragraphs() {
    assertThat(extract("<p>Gull<span>port</span> and <a href='#'>Northport</a>.</p>"))
        .isEqualTo("Gullport and Northport.");
  }

  @Test
  void br_is_a_line_break_and_pre_is_verbatim() {
    String html = "<p>Line one <br> line two</p><pre>  a   b\n  c</pre><p>after</p>";

    assertThat(extract(html)).isEqualTo("Line one\nline two\n\na   b\n  c\n\nafter");
  }

  @Test
  void table_cells_are_separated_by_spaces_and_rows_are_paragraphs() {
    String html =
        "<table><tr><th>Town</th><th>Votes</th></tr><tr><td>Northport</td><td>5</td>"
            + "</tr></table>";

    assertThat(extract(html)).isEqualTo("Town Votes\n\nNorthport 5");
  }

  @Test
  void non_breaking_spaces_and_non_ascii_are_kept() {
    assertThat(extract("<p>U.S.&nbsp; officials met in Zürich.</p>"))
        .isEqualTo("U.S.\u00a0 officials met in Zürich.");
  }

  @Test
  void empty_body_gives_empty_text_and_document_is_not_modified() {
    assertThat(extract("<html><head><title>Only a title</title></head><body> </body></html>"))
        .isEmpty();

    Document document = Jsoup.parse("<body><script>x()</script><p>a</p></body>");
    String before = document.outerHtml();
    extractor.extract(document);
    assertThat(document.outerHtml()).isEqualTo(before);
  }
}
