package dev.chorus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

  private final MetadataExtractor extractor = new MetadataExtractor();

  private ArticleMetadata extract(String html) {
    return extractor.extract(Jsoup.parse(html));
  }

  @Test
  void reads_open_graph_and_article_meta_tags() {
    String html =
        "<head><title>Pier repairs | Ledger</title>"
            + "<meta property='og:title' content=' Pier  repairs '>"
            + "<meta property='og:site_name' content='Northport Ledger'>"
            + "<meta property='og:url' content='https://ledger.example/og'>"
            + "<link rel='canonical' href='https://ledger.example/canonical'>"
            + "<meta name='author' content='By Ann Example'>"
            + "<meta property='article:published_time' content='2031-03-04T09:30:00-05:00'>"
            + "</head><body><p>Council voted.</p></body>";

    assertThat(extract(html))
        .isEqualTo(
            new ArticleMetadata(
                "Pier repairs",
                "Ann Example",
                Instant.parse("2031-03-04T14:30:00Z"),
                "https://ledger.example/canonical",
                "Northport Ledger"));
  }

  @Test
  void reads_json_ld_graph_and_ignores_broken_json_ld() throws IOException {
    String html;
    try (InputStream in = getClass().getResourceAsStream("/extract/jsonld-article.html")) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    ArticleMetadata metadata = extract(html);

    // og:title is missing, so JSON-LD's headline wins over <title> (which has the site suffix).
    assertThat(metadata.title()).isEqualTo("Ferry service resumes after storm");
    // "By " removed, duplicate removed, order kept.
    assertThat(metadata.byline()).isEqualTo("Mira Holm, Jonas Åberg");
    // +0100 without colon is accepted.
    assertThat(metadata.published()).isEqualTo(Instant.parse("2031-03-05T06:15:00Z"));
    // The canonical link is relative, so mainEntityOfPage's @id is the URL.
    assertThat(metadata.url()).isEqualTo("https://gazette.example/2031/03/ferry-resumes");
    assertThat(metadata.siteName()).isEqualTo("Gull Island Gazette");
  }

  @Test
  void title_element_loses_the_site_suffix_when_the_site_is_known() {
    String html =
        "<head><title>Ferry resumes – Gull Island Gazette</title>"
            + "<meta property='og:site_name' content='Gull Island Gazette'></head>";

    assertThat(extract(html).title()).isEqualTo("Ferry resumes");
    assertThat(extract("<title>Ferry resumes – Gazette</title>").title())
        .isEqualTo("Ferry resumes – Gazette");
  }

  @Test
  void missing_metadata_is_null() {
    assertThat(extract("<body><p>Just text.</p></body>")).isEqualTo(ArticleMetadata.EMPTY);
    assertThat(extract("")).isEqualTo(ArticleMetadata.EMPTY);
  }

  @Test
  void sloppy_values_are_skipped_for_the_next_source() {
    String html =
        "<head><meta property='article:published_time' content='last Tuesday'>"
            + "<meta property='article:author' content='https://facebook.com/ledger'>"
            + "<meta name='pubdate' content='2031-03-04'>"
            + "<link rel='canonical' href='/relative'>"
            + "<meta property='og:url' content='ftp://ledger.example/x'>"
            + "</head><body><span class='byline'>By  Ann   Example</span></body>";

    ArticleMetadata metadata = extract(html);

    assertThat(metadata.published()).isEqualTo(Instant.parse("2031-03-04T00:00:00Z"));
    assertThat(metadata.byline()).isEqualTo("Ann Example");
    assertThat(metadata.url()).isNull();
  }

  @Test
  void a_byline_longer_than_a_byline_is_skipped() {
    String bio = "Ann Example has covered the harbour for twenty years. ".repeat(5);

    assertThat(extract("<meta name='author' content='" + bio + "'>").byline()).isNull();
  }

  @Test
  void instants_are_parsed_in_the_accepted_forms_only() {
    assertThat(MetadataExtractor.parseInstant("2031-03-04T09:30:00Z"))
        .contains(Instant.parse("2031-03-04T09:30:00Z"));
    assertThat(MetadataExtractor.parseInstant(" 2031-03-04T09:30:00.250+02:00 "))
        .contains(Instant.parse("2031-03-04T07:30:00.250Z"));
    assertThat(MetadataExtractor.parseInstant("2031-03-04 09:30:00+0000"))
        .contains(Instant.parse("2031-03-04T09:30:00Z"));
    assertThat(MetadataExtractor.parseInstant("2031-03-04"))
        .contains(Instant.parse("2031-03-04T00:00:00Z"));
    // No zone: refused rather than guessed.
    assertThat(MetadataExtractor.parseInstant("2031-03-04T09:30:00")).isEqualTo(Optional.empty());
    assertThat(MetadataExtractor.parseInstant("March 4, 2031")).isEmpty();
    assertThat(MetadataExtractor.parseInstant("")).isEmpty();
  }
}
