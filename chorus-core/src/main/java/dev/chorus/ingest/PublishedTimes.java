package dev.chorus.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses publication times written in ISO-8601, as found in JSON articles and HTML meta tags.
 *
 * <p>Accepted forms: an instant ({@code 2022-01-08T15:04:05Z}), a date-time with an offset ({@code
 * 2022-01-08T10:04:05-05:00}, also with fractional seconds), and a plain date ({@code 2022-01-08},
 * taken as the start of that day in UTC). A date-time without a zone is refused: guessing the zone
 * could move the article to another day. Stateless and thread-safe.
 */
final class PublishedTimes {

  private PublishedTimes() {}

  /** The instant {@code value} denotes, or empty if it is not one of the accepted forms. */
  static Optional<Instant> parse(String value) {
    String trimmed = value.strip();
    try {
      // ISO_OFFSET_DATE_TIME also accepts 'Z', so it covers instants too.
      return Optional.of(
          OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
    } catch (DateTimeParseException notDateTime) {
      try {
        return Optional.of(LocalDate.parse(trimmed).atStartOfDay().toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }
}
