/**
 * Attribution, "who says what" (issue #6): for every sentence of an extractive summary, every
 * document of the story that carries the same information, with the matching sentence verbatim and
 * its character offsets.
 *
 * <p>{@link dev.chorus.attribute.Attributor} does the work: a document supports a summary sentence
 * with a verbatim copy, a near-duplicate ({@link dev.chorus.select.NearDuplicateIndex}) or a
 * paraphrase (cosine of sentence vectors at least a calibrated threshold), one {@link
 * dev.chorus.attribute.Support} per document. {@link dev.chorus.attribute.Outlets} names the
 * publishers. {@link dev.chorus.attribute.Calibration} measures the decision on hand-labeled
 * sentence pairs and chose the thresholds ({@code docs/attribution.md}). All classes are immutable
 * or stateless, deterministic and thread-safe.
 */
package dev.chorus.attribute;
