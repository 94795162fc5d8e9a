package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Article;
import org.junit.jupiter.api.Test;

class TextArticleParserTest {

  private final TextArticleParser parser = new TextArticleParser();

  private Article parse(String content) throws IngestException {
    return parser.parse("a1", content);
  }

  @Test
  void short_first_line_then_blank_line_is_the_title() throws IngestException {
    Article article = parse("Ferry resumes service\n\nThe ferry resumed.\nMore text.\n");

    assertThat(article.id()).isEqualTo("a1");
    assertThat(article.title()).isEqualTo("Ferry resumes service");
    assertThat(article.text()).isEqualTo("The ferry resumed.\nMore text.\n");
  }

  @Test
  void title_may_end_with_a_period_and_blank_lines_after_it_are_dropped() throws IngestException {
    Article article = parse("  Ferry resumes service.  \n \t\n\n\nBody.");

    assertThat(article.title()).isEqualTo("Ferry resumes service.");
    assertThat(article.text()).isEqualTo("Body.");
  }

  @Test
  void first_line_without_blank_line_after_it_is_body() throws IngestException {
    Article article = parse("Ferry resumes service\nThe ferry resumed.\n");

    assertThat(article.title()).isNull();
    assertThat(article.text()).isEqualTo("Ferry resumes service\nThe ferry resumed.\n");
  }

  @Test
  void title_length_limit_is_200_code_points() throws IngestException {
    String exactly200 = "é".repeat(199) + "\uD83D\uDE00"; // 200 code points, 201 chars
    assertThat(parse(exactly200 + "\n\nBody.").title()).isEqualTo(exactly200);

    String tooLong = "x".repeat(201);
    Article article = parse(tooLong + "\n\nBody.");
    assertThat(article.title()).isNull();
    assertThat(article.text()).isEqualTo(tooLong + "\n\nBody.");
  }

  @Test
  void a_lone_paragraph_is_body_not_a_title() throws IngestException {
    assertThat(parse("Only one line.").title()).isNull();
    assertThat(parse("Only one line.").text()).isEqualTo("Only one line.");
    Article trailingBlank = parse("Only one line.\n\n  \n");
    assertThat(trailingBlank.title()).isNull();
    assertThat(trailingBlank.text()).isEqualTo("Only one line.\n\n  \n");
  }

  @Test
  void leading_blank_lines_are_stripped_but_indentation_is_kept() throws IngestException {
    Article article = parse("\n  \n\t\n  Indented first line\nsecond line");

    assertThat(article.title()).isNull();
    assertThat(article.text()).isEqualTo("  Indented first line\nsecond line");
  }

  @Test
  void crlf_and_lone_cr_become_lf() throws IngestException {
    Article article = parse("Title\r\n\r\nLine one.\r\nLine two.\rLine three.\r\n");

    assertThat(article.title()).isEqualTo("Title");
    assertThat(article.text()).isEqualTo("Line one.\nLine two.\nLine three.\n");
  }

  @Test
  void body_keeps_inner_blank_lines_and_non_ascii_verbatim() throws IngestException {
    String body = "Zürich \u201ctalks\u201d\u00a0resume.\n\n\n  Second  paragraph.  \n";
    Article article = parse("Überschrift\n\n" + body);

    assertThat(article.title()).isEqualTo("Überschrift");
    assertThat(article.text()).isEqualTo(body);
  }

  @Test
  void whitespace_only_content_is_rejected() {
    assertThatThrownBy(() -> parse(" \n\t\r\n "))
        .isInstanceOf(IngestException.class)
        .hasMessage("file has no text (only whitespace)");
  }
}
