/**
 * Near-duplicate detection: syndicated copies among a story's documents ({@link
 * dev.chorus.dedup.DocumentDeduplicator}, word 3-shingles, exact Jaccard) and near-duplicate
 * sentences across documents ({@link dev.chorus.dedup.SentenceDeduplicator}, content-term sets,
 * the criterion of {@link dev.chorus.dedup.SentenceSimilarity} that the summarizers share). Small
 * stories are searched exactly; large ones (thousands of documents) with MinHash signatures and
 * LSH banding, each candidate verified exactly. Attribution builds on {@link
 * dev.chorus.dedup.SentenceDuplicates#carriers}: the documents that carry a sentence.
 */
package dev.chorus.dedup;
