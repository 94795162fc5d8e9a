package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonArticleParserTest {

  private final JsonArticleParser parser = new JsonArticleParser();

  @Test
  void reads_all_fields_and_ignores_unknown_ones() throws IngestException {
    String json =
        "{\"id\": \"w1\", \"title\": \"Wind\", \"text\": \"Calm seas.\\r\\nNo warning.\","
            + " \"url\": \"https://coast.example/w\", \"source\": \"Coast Weekly\","
            + " \"published\": \"2031-03-03T18:00:00Z\", \"tags\": [1, 2]}";

    assertThat(parser.parse("file-name", json))
        .isEqualTo(
            new Article(
                "w1",
                "Coast Weekly",
                "https://coast.example/w",
                "Wind",
                Instant.parse("2031-03-03T18:00:00Z"),
                "Calm seas.\r\nNo warning."));
  }

  @Test
  void only_text_is_required_and_file_name_is_the_default_id() throws IngestException {
    Article article = parser.parse("file-name", "{\"text\": \"Body.\", \"title\": null}");

    assertThat(article).isEqualTo(Article.of("file-name", "Body."));
  }

  @Test
  void published_accepts_offset_date_time_and_plain_date() throws IngestException {
    assertThat(
            parser
                .parse("a", "{\"text\": \"x\", \"published\": \"2031-03-03T10:00:00.5+02:00\"}")
                .published())
        .isEqualTo(Instant.parse("2031-03-03T08:00:00.5Z"));
    assertThat(parser.parse("a", "{\"text\": \"x\", \"published\": \"2031-03-03\"}").published())
        .isEqualTo(Instant.parse("2031-03-03T00:00:00Z"));
  }

  @Test
  void bad_published_is_rejected_with_the_value() {
    assertThatThrownBy(() -> parser.parse("a", "{\"text\": \"x\", \"published\": \"03/03/2031\"}"))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("field 'published'")
        .hasMessageContaining("'03/03/2031'");
    assertThatThrownBy(
            () -> parser.parse("a", "{\"text\": \"x\", \"published\": \"2031-03-03T10:00:00\"}"))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("field 'published'");
  }

  @Test
  void missing_blank_or_non_string_text_is_rejected() {
    assertThatThrownBy(() -> parser.parse("a", "{\"title\": \"T\"}"))
        .hasMessage("field 'text' is missing");
    assertThatThrownBy(() -> parser.parse("a", "{\"text\": null}"))
        .hasMessage("field 'text' is missing");
    assertThatThrownBy(() -> parser.parse("a", "{\"text\": \" \\n \"}"))
        .hasMessage("field 'text' is blank");
    assertThatThrownBy(() -> parser.parse("a", "{\"text\": 42}"))
        .hasMessage("field 'text' must be a string, was a number 42");
  }

  @Test
  void wrong_types_of_optional_fields_and_blank_id_are_rejected() {
    assertThatThrownBy(() -> parser.parse("a", "{\"text\": \"x\", \"title\": [\"T\"]}"))
        .hasMessage("field 'title' must be a string, was an array [\"T\"]");
    assertThatThrownBy(() -> parser.parse("a", "{\"text\": \"x\", \"id\": \" \"}"))
        .hasMessage("field 'id' is blank");
  }

  @Test
  void invalid_json_arrays_duplicate_keys_and_trailing_content_are_rejected() {
    assertThatThrownBy(() -> parser.parse("a", "{\"text\": \"x\""))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith("invalid JSON: ");
    assertThatThrownBy(() -> parser.parse("a", "[{\"text\": \"x\"}]"))
        .hasMessage("expected one JSON object, found an array");
    assertThatThrownBy(() -> parser.parse("a", "{\"text\": \"x\", \"text\": \"y\"}"))
        .hasMessageStartingWith("invalid JSON: ")
        .hasMessageContaining("text");
    assertThatThrownBy(() -> parser.parse("a", "{\"text\": \"x\"} {\"text\": \"y\"}"))
        .hasMessageStartingWith("invalid JSON: ");
  }
}
