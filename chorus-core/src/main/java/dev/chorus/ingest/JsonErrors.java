package dev.chorus.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Pattern;

/** Short, human-readable descriptions of JSON problems for rejection reasons. Stateless. */
final class JsonErrors {

  private static final Pattern SOURCE_DESCRIPTION = Pattern.compile("\\[Source: [^;\\]]*; ");

  private JsonErrors() {}

  /**
   * The parser's message without Jackson's source excerpt, plus the character position. Jackson's
   * full message quotes the input, which for a news article is kilobytes of text.
   */
  static String describe(JsonProcessingException e) {
    // Nested locations read "[Source: REDACTED (...); line: 1, column: 1]"; keep line and column.
    String message = SOURCE_DESCRIPTION.matcher(e.getOriginalMessage()).replaceAll("[");
    JsonLocation location = e.getLocation();
    if (location != null && location.getColumnNr() > 0) {
      return message
          + " (at line "
          + location.getLineNr()
          + ", column "
          + location.getColumnNr()
          + ")";
    }
    return message;
  }

  /** What kind of JSON value {@code node} is, in lowercase, e.g. "an array", for messages. */
  static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
    return switch (node.getNodeType()) {
      case ARRAY, OBJECT -> "an " + type;
      case NULL -> "null";
      default -> "a " + type;
    };
  }
}
