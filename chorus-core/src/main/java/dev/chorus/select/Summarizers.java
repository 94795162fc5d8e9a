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
 * #DEFAULT} is MMR, the best measured (BENCHMARKS.md, 2026-11-23): highest on DUC 2004 (R-1/R-2
 * recall 38.61/9.28 against LexRank's 37.43/9.22) and highest R-2, R-SU4 on Multi-News val (R-1/R-2
 * F 44.73/15.51, R-1 within the confidence interval of the best); like LexRank it needs no
 * pairwise matrix, so it scales to the largest stories. Stateless and thread-safe.
 */
public final class Summarizers {

  /** The name of the default method. */
  public static final String DEFAULT = "mmr";

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
