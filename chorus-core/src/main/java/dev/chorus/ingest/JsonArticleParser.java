package dev.chorus.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.chorus.model.Article;
import java.time.Instant;

/**
 * Reads one article stored as a JSON object.
 *
 * <p>Fields (all strings; other keys are ignored):
 *
 * <ul>
 *   <li>{@code text} (required, not blank): the body, kept verbatim;
 *   <li>{@code id}: the article id, overriding the file name; if present it must not be blank;
 *   <li>{@code title}, {@code url}, {@code source} (the outlet): optional;
 *   <li>{@code published}: optional ISO-8601 instant, date-time with offset, or date (see {@link
 *       PublishedTimes}).
 * </ul>
 *
 * <p>An optional field that is missing or JSON {@code null} becomes {@code null}. A field that is
 * present with the wrong type, or a {@code published} value that cannot be parsed, rejects the
 * whole article: the file was written for us, so a bad value is a bug in its producer that must be
 * reported, not a detail to drop quietly. Duplicate keys and content after the object are rejected
 * too. Thread-safe (the Jackson mapper is configured once and only read).
 */
public final class JsonArticleParser implements ArticleParser {

  private final ObjectMapper mapper = strictMapper();

  /** A mapper that refuses duplicate keys and trailing content, shared by the ingest readers. */
  static ObjectMapper strictMapper() {
    return JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  @Override
  public Article parse(String defaultId, String content) throws IngestException {
    JsonNode root;
    try {
      root = mapper.readTree(content);
    } catch (JsonProcessingException e) {
      throw new IngestException("invalid JSON: " + JsonErrors.describe(e), e);
    }
    if (root == null || !root.isObject()) {
      throw new IngestException("expected one JSON object, found " + JsonErrors.kind(root));
    }
    String text = optionalString(root, "text");
    if (text == null) {
      throw new IngestException("field 'text' is missing");
    }
    if (text.isBlank()) {
      throw new IngestException("field 'text' is blank");
    }
    String id = optionalString(root, "id");
    if (id != null && id.isBlank()) {
      throw new IngestException("field 'id' is blank");
    }
    String publishedValue = optionalString(root, "published");
    Instant published = null;
    if (publishedValue != null) {
      published =
          PublishedTimes.parse(publishedValue)
              .orElseThrow(
                  () ->
                      new IngestException(
                          "field 'published' is not an ISO-8601 instant, offset date-time or"
                              + " date: '"
                              + publishedValue
                              + "'"));
    }
    return new Article(
        id != null ? id : defaultId,
        optionalString(root, "source"),
        optionalString(root, "url"),
        optionalString(root, "title"),
        published,
        text);
  }

  /** The string value of {@code field}, or null if missing or JSON null. */
  static String optionalString(JsonNode object, String field) throws IngestException {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IngestException(
          "field '" + field + "' must be a string, was " + JsonErrors.kind(value) + " " + value);
    }
    return value.textValue();
  }
}
