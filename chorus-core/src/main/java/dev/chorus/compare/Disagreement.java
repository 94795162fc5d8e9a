package dev.chorus.compare;

import java.util.List;
import java.util.Objects;

/**
 * One quantity that outlets state differently: every claim about the same thing (same noun, same
 * context), including those that agree with one another, provided at least two outlets give values
 * that cannot both be true. Immutable and thread-safe.
 *
 * @param subject what is counted, as written in the first claim ("troops"); for percentages and
 *     money the noun they qualify, else the unit ("percent", "dollars")
 * @param claims at least two claims, in story order (article order, then offset)
 */
public record Disagreement(String subject, List<Claim> claims) {

  public Disagreement {
    Objects.requireNonNull(subject, "subject");
    claims = List.copyOf(claims);
    if (claims.size() < 2) {
      throw new IllegalArgumentException(
          "a disagreement needs at least 2 claims, had " + claims.size());
    }
  }
}
