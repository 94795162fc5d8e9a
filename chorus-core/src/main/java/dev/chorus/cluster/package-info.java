/**
 * Story clustering: groups a pile or a stream of articles into stories, one event each, and
 * measures how well it does.
 *
 * <ul>
 *   <li>{@link dev.chorus.cluster.StoryClusterer} ({@link
 *       dev.chorus.cluster.NearestNeighborClusterer}): all articles at once. TF-IDF vectors of
 *       cleaned content terms, candidate neighbours from an inverted index over each article's
 *       heaviest terms, near-duplicates grouped first, then agglomerative merging with a
 *       crowding-corrected average linkage.
 *   <li>{@link dev.chorus.cluster.SinglePassClusterer}: the same comparison in one pass over a
 *       stream in time order; stories close after a time window and are forgotten.
 *   <li>{@link dev.chorus.cluster.ArticleSources} reads files, directories and JSON Lines of
 *       articles or clusters; {@link dev.chorus.cluster.StoryWriter} writes stories as cluster JSON
 *       Lines, the input of {@code chorus summarize --clusters}.
 *   <li>{@link dev.chorus.cluster.GoldPool} and {@link dev.chorus.cluster.ClusteringMetrics}:
 *       evaluation by pooling benchmark clusters and scoring extended BCubed and pairwise F1.
 * </ul>
 *
 * <p>Method, parameters, measurements and the scale curve are in docs/clustering.md.
 */
package dev.chorus.cluster;
