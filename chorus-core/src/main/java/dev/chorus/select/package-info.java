/**
 * Sentence selection: extractive summarizers behind {@link dev.chorus.select.Summarizer}, chosen by
 * name through {@link dev.chorus.select.Summarizers}.
 *
 * <p>All methods share one machinery, so they differ only in how they rank sentences:
 *
 * <ul>
 *   <li>story-local term statistics: terms interned to int ids, IDF over the story's sentences,
 *       unit TF-IDF vectors;
 *   <li>candidates: sentences of at least five words with a content term that end like a sentence
 *       ({@code . ! ?}), other sentences only when a story has nothing else;
 *   <li>{@link dev.chorus.select.NearDuplicateIndex}: no summary holds two near-identical
 *       sentences, and each summary sentence lists its copies in other articles as sources;
 *   <li>{@link dev.chorus.select.SummaryBuilder}: budgets in words, sentences or bytes honoured
 *       exactly, with ROUGE-style truncation of the last sentence when asked.
 * </ul>
 *
 * <p>Summary sentences come in selection order, most important first, so that truncating a summary
 * (as ROUGE does) loses the least; the lead baseline keeps its round-robin order, which is its
 * ranking. Every summarizer is deterministic and thread-safe.
 */
package dev.chorus.select;
