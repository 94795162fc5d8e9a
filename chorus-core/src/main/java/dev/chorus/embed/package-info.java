/**
 * Sentence embeddings: vectors whose dot product measures how close two sentences' meanings are,
 * for summarizers that compare sentences by meaning rather than by shared words.
 *
 * <p>{@link dev.chorus.embed.SentenceEncoder} is the interface; {@link
 * dev.chorus.embed.HashedTermEncoder} its dependency-free implementation (hashed content terms);
 * {@link dev.chorus.embed.Vectors} has the dot product, normalisation and centroid. The neural
 * encoders (quantized all-MiniLM-L6-v2 and bge-small-en-v1.5 run by ONNX Runtime, models shipped
 * as jars, nothing downloaded) live in the {@code chorus-embed} module, so that chorus-core does
 * not depend on native libraries. All classes here are thread-safe.
 */
package dev.chorus.embed;
