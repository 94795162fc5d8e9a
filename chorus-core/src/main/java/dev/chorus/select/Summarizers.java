package dev.chorus.select;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The summarizers users can choose by name ({@code --method}), each with its default parameters.
 *
 * <p>{@link #names()} lists them in a fixed order: the lead baseline, the centrality methods
 * (centroid, LexRank, TextRank), then the greedy ones (MMR, SumBasic, KL-Sum, submodular). {@link
 * #DEFAULT} is LexRank: centrality over all candidates without a pairwise matrix, so it scales to
 * the largest stories, and a strong unsupervised baseline in the literature; issue #5 will pick the
 * default by measurement. Stateless and thread-safe.
 */
public final class Summarizers {

  /** The name of the default method. */
  public static final String DEFAULT = "lexrank";

  private static final List<String> NAMES =
      List.of("lead", "centroid", "lexrank", "textrank", "mmr", "sumbasic", "klsum", "submodular");

  private static final Map<String, Supplier<Summarizer>> FACTORIES =
      Map.of(
          "lead", LeadSummarizer::new,
          "mmr", MmrSummarizer::new,
          "centroid", CentroidSummarizer::new,
          "lexrank", LexRankSummarizer::new,
          "textrank", TextRankSummarizer::new,
          "sumbasic", SumBasicSummarizer::new,
          "klsum", KlSumSummarizer::new,
          "submodular", SubmodularSummarizer::new);

  private Summarizers() {}

  /** Every method name, in a fixed order. */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * The summarizer called {@code name} (case-insensitive, surrounding blanks ignored), with its
   * default parameters.
   *
   * @throws IllegalArgumentException for an unknown name; the message lists the valid ones
   */
  public static Summarizer byName(String name) {
    Objects.requireNonNull(name, "name");
    Supplier<Summarizer> factory = FACTORIES.get(name.strip().toLowerCase(Locale.ROOT));
    if (factory == null) {
      throw new IllegalArgumentException(
          "unknown summarizer '" + name + "'; valid names: " + String.join(", ", NAMES));
    }
    return factory.get();
  }
}
