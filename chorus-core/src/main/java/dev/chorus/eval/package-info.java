/**
 * Evaluation: summarize the clusters of a benchmark with one or more methods and score them with
 * the ROUGE-1.5.5-exact scorer of {@link dev.chorus.rouge}.
 *
 * <p>{@link dev.chorus.eval.Evaluator} runs a whole evaluation set on worker threads; {@link
 * dev.chorus.eval.EvalPreset} holds the settings of the two benchmarks ({@code duc2004}: recall at
 * 100 words; {@code multinews}: F at 300 words); {@link dev.chorus.eval.OracleSelector} is the
 * greedy ROUGE oracle, the ceiling of extractive methods and the source of training labels. The
 * results ({@link dev.chorus.eval.EvalResult}) carry per-cluster scores and bootstrap confidence
 * intervals that match the official script's for the same summaries.
 */
package dev.chorus.eval;
