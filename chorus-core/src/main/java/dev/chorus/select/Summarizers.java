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
 * (centroid, LexRank, TextRank), the greedy ones (MMR, MMR with a lead bonus, SumBasic, KL-Sum,
 * submodular), the learned ranker, and {@code auto}. {@link #DEFAULT} is {@code auto}, the best
 * measured on both development sets (BENCHMARKS.md): the learned ranker where the budget covers
 * much of the story (Multi-News), MMR with a lead bonus where it is a small share of a long story
 * (DUC 2004); see {@link AutoSummarizer}. Two aliases are accepted wherever a name is: {@code
 * default} for {@link #DEFAULT} and {@code fast} for the best method without sentence embeddings
 * (today also {@code auto}: no shipped method uses embeddings). Stateless and thread-safe.
 */
public final class Summarizers {

  /** The name of the default method. */
  public static final String DEFAULT = "auto";

  /** Names that stand for another method. */
  private static final Map<String, String> ALIASES = Map.of("default", DEFAULT, "fast", "auto");

  private static final List<String> NAMES =
      List.of(
          "lead", "centroid", "lexrank", "textrank", "mmr", "mmr-lead", "sumbasic", "klsum",
          "submodular", "ranked", "auto");

  private static final Map<String, Supplier<Summarizer>> FACTORIES =
      Map.ofEntries(
          Map.entry("lead", LeadSummarizer::new),
          Map.entry("centroid", CentroidSummarizer::new),
          Map.entry("lexrank", LexRankSummarizer::new),
          Map.entry("textrank", TextRankSummarizer::new),
          Map.entry("mmr", MmrSummarizer::new),
          Map.entry("mmr-lead", MmrSummarizer::withLeadBonus),
          Map.entry("sumbasic", SumBasicSummarizer::new),
          Map.entry("klsum", KlSumSummarizer::new),
          Map.entry("submodular", SubmodularSummarizer::new),
          Map.entry("ranked", RankedSummarizer::new),
          Map.entry("auto", AutoSummarizer::new));

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
    return FACTORIES.get(canonical(name)).get();
  }

  /**
   * The method name that {@code name} selects: lowercase, blanks stripped, aliases ({@code
   * default}, {@code fast}) resolved.
   *
   * @throws IllegalArgumentException for an unknown name; the message lists the valid ones
   */
  public static String canonical(String name) {
    Objects.requireNonNull(name, "name");
    String key = name.strip().toLowerCase(Locale.ROOT);
    key = ALIASES.getOrDefault(key, key);
    if (!FACTORIES.containsKey(key)) {
      throw new IllegalArgumentException(
          "unknown summarizer '"
              + name
              + "'; valid names: "
              + String.join(", ", NAMES)
              + " (aliases: default, fast)");
    }
    return key;
  }
}
