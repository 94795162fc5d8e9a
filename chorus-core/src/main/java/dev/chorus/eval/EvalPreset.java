package dev.chorus.eval;

import dev.chorus.model.Budget;
import dev.chorus.rouge.RougeOptions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The evaluation settings of a benchmark as the literature uses them: the ROUGE-1.5.5 flags, the
 * summary budget and the measure reported (recall or F).
 *
 * <ul>
 *   <li>{@link #DUC2004}: {@code -n 4 -m -l 100 -f A -p 0.5} (ROUGE-1..4 and ROUGE-L, stemming,
 *       both system and reference summaries truncated to 100 words, model average over the 4
 *       references), recall reported, summaries of 100 words. The published DUC 2004 numbers use
 *       these flags (with {@code -x}: without ROUGE-L).
 *   <li>{@link #MULTINEWS}: {@code -n 2 -2 4 -u -m} (ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-SU4,
 *       stemming, no truncation), F reported, summaries of 300 words.
 * </ul>
 *
 * <p>Both use the script's default bootstrap, {@code -c 95 -r 1000}. Immutable and thread-safe.
 */
public enum EvalPreset {
  DUC2004("duc2004", 100, 'R', "-n", "4", "-m", "-l", "100", "-f", "A", "-p", "0.5"),
  MULTINEWS("multinews", 300, 'F', "-n", "2", "-2", "4", "-u", "-m");

  private final String id;
  private final int budgetWords;
  private final char measure;
  private final List<String> flags;
  private final RougeOptions options;

  EvalPreset(String id, int budgetWords, char measure, String... flags) {
    this.id = id;
    this.budgetWords = budgetWords;
    this.measure = measure;
    this.flags = List.of(flags);
    this.options = RougeOptions.fromOfficialFlags(flags);
  }

  /** The name users select the preset by ({@code --preset}), lowercase. */
  public String id() {
    return id;
  }

  /** The official script's flags, as one would type them. */
  public List<String> flags() {
    return flags;
  }

  /** The flags parsed. */
  public RougeOptions options() {
    return options;
  }

  /** The default summary budget: whole sentences up to this many words. */
  public Budget budget() {
    return Budget.words(budgetWords);
  }

  /** The measure reported and optimized by the oracle: {@code 'R'} (recall) or {@code 'F'}. */
  public char measure() {
    return measure;
  }

  /** The preset called {@code name} (case-insensitive, surrounding blanks ignored). */
  public static EvalPreset byName(String name) {
    Objects.requireNonNull(name, "name");
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (EvalPreset preset : values()) {
      if (preset.id.equals(wanted)) {
        return preset;
      }
    }
    throw new IllegalArgumentException("unknown preset '" + name + "'; valid presets: " + names());
  }

  /**
   * The preset a cluster file's name implies: {@link #DUC2004} when it contains "duc2004", {@link
   * #MULTINEWS} when it contains "multinews" (case-insensitive, e.g. {@code
   * multinews.val.jsonl.gz}); empty when it names neither or both.
   */
  public static Optional<EvalPreset> inferFrom(Path clusterFile) {
    Objects.requireNonNull(clusterFile, "clusterFile");
    Path name = clusterFile.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    List<EvalPreset> matches =
        Arrays.stream(values()).filter(preset -> lower.contains(preset.id)).toList();
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  /** "duc2004, multinews". */
  public static String names() {
    return Arrays.stream(values()).map(EvalPreset::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return id;
  }
}
