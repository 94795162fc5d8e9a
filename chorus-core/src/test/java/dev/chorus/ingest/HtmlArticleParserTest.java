package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlArticleParserTest {

  private final HtmlArticleParser parser = new HtmlArticleParser(new VisibleTextExtractor());

  @Test
  void reads_open_graph_metadata_and_body_text() throws IngestException {
    String html =
        "<html><head><title>Pier repairs | Ledger</title>"
            + "<meta property='og:title' content=' Pier repairs '>"
            + "<meta property='og:site_name' content='Northport Ledger'>"
            + "<meta property='og:url' content='https://ledger.example/og'>"
            + "<link rel='canonical' href='https://ledger.example/canonical'>"
            + "<meta property='article:published_time' content='2031-03-04T09:30:00-05:00'>"
            + "</head><body><p>Council voted.</p><p>Work starts soon.</p></body></html>";

    Article article = parser.parse("p1", html);

    assertThat(article)
        .isEqualTo(
            new Article(
                "p1",
                "Northport Ledger",
                "https://ledger.example/canonical",
                "Pier repairs",
                Instant.parse("2031-03-04T14:30:00Z"),
                "Council voted.\n\nWork starts soon."));
  }

  @Test
  void falls_back_to_title_element_and_og_url() throws IngestException {
    String html =
        "<html><head><title>  Pier   repairs </title>"
            + "<meta name='og:url' content='https://ledger.example/og'>"
            + "<link rel='canonical' href='/relative/path'>"
            + "</head><body><p>Text.</p></body></html>";

    Article article = parser.parse("p1", html);

    assertThat(article.title()).isEqualTo("Pier repairs");
    assertThat(article.url()).isEqualTo("https://ledger.example/og");
    assertThat(article.outlet()).isNull();
    assertThat(article.published()).isNull();
  }

  @Test
  void missing_metadata_is_null_and_sloppy_published_time_is_ignored() throws IngestException {
    String html =
        "<head><meta property='article:published_time' content='last Tuesday'></head>"
            + "<body>Just text.</body>";

    Article article = parser.parse("p1", html);

    assertThat(article).isEqualTo(new Article("p1", null, null, null, null, "Just text."));
  }

  @Test
  void metadata_from_json_ld_when_meta_tags_are_missing() throws IngestException {
    // #4: one metadata implementation (dev.chorus.extract.MetadataExtractor) for ingest and CLI.
    String html =
        "<head><script type='application/ld+json'>{\"@type\": \"NewsArticle\","
            + " \"headline\": \"Pier repairs\", \"datePublished\": \"2031-03-04\","
            + " \"url\": \"https://ledger.example/pier\","
            + " \"publisher\": {\"@type\": \"Organization\", \"name\": \"Northport Ledger\"}}"
            + "</script></head><body><p>Council voted.</p></body>";

    assertThat(parser.parse("p1", html))
        .isEqualTo(
            new Article(
                "p1",
                "Northport Ledger",
                "https://ledger.example/pier",
                "Pier repairs",
                Instant.parse("2031-03-04T00:00:00Z"),
                "Council voted."));
  }

  @Test
  void page_without_visible_text_is_rejected() {
    assertThatThrownBy(
            () -> parser.parse("p1", "<title>T</title><body><script>x()</script></body>"))
        .isInstanceOf(IngestException.class)
        .hasMessage("page has no visible text in its body");
  }

  @Test
  void text_comes_from_the_injected_extractor() throws IngestException {
    HtmlArticleParser custom = new HtmlArticleParser(document -> "swapped");

    assertThat(custom.parse("p1", "<p>original</p>").text()).isEqualTo("swapped");
  }
}
