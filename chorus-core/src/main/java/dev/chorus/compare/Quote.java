package dev.chorus.compare;

import dev.chorus.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * A direct quotation and who said it. When several outlets print the same quotation (or one prints
 * a part of another's), they are one {@code Quote}: {@code text}, {@code outlet}, {@code
 * documentId} and {@code span} are those of the longest version, and {@code outlets} lists every
 * outlet that prints it. Immutable and thread-safe.
 *
 * @param text the words between the quotation marks, verbatim (marks excluded)
 * @param speaker the speaker as the article names or describes them ("Michael Carpenter", "the
 *     official"), or null when no attribution was found
 * @param outlet the outlet of the version shown
 * @param documentId the article of the version shown
 * @param span character offsets of {@code text} in that article's text
 * @param outlets every outlet that prints the quotation, in story order, {@code outlet} among them
 */
public record Quote(
    String text, String speaker, String outlet, String documentId, Span span,
    List<String> outlets) {

  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(span, "span");
    outlets = List.copyOf(outlets);
    if (span.length() != text.length()) {
      throw new IllegalArgumentException(
          "span " + span + " has length " + span.length() + " but text has " + text.length());
    }
    if (!outlets.contains(outlet)) {
      throw new IllegalArgumentException("outlets " + outlets + " must contain '" + outlet + "'");
    }
  }

  /** A quotation printed by one outlet only. */
  public Quote(String text, String speaker, String outlet, String documentId, Span span) {
    this(text, speaker, outlet, documentId, span, List.of(outlet));
  }
}
