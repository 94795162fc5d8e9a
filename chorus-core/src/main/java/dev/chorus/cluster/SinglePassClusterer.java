package dev.chorus.cluster;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Online story clustering: one pass over articles in time order, in bounded memory. Each article
 * joins the open story it scores best with, or starts a new one; a story closes, and is handed back
 * and forgotten, when no article joined it for the {@link ClusterOptions#window() window}.
 *
 * <p><b>Method</b>: the batch method of {@link NearestNeighborClusterer}, restricted to the past.
 * The new article's TF-IDF vector uses the document frequencies of the articles seen so far (its
 * own included). Its neighbours among the open articles come from an inverted index over their
 * heaviest terms, compared exactly; each compared article also learns the new one as a neighbour. A
 * near-duplicate of an open article joins that article's story. Otherwise the article joins the
 * open story S with the highest crowding-corrected average similarity, if that is at least the
 * threshold:
 *
 * <pre>  score(a, S) = Σ_S · a / |S| − (crowd(a | S) + crowd(S | S ∪ {a})) / 2</pre>
 *
 * with crowd as in {@link CrowdingLinkage}. Unlike the batch method, open stories never merge with
 * each other: an article that would bridge two of them joins one.
 *
 * <p><b>Time</b>: an article without a publication time is taken to be published at the latest time
 * seen so far (at the epoch if none), so input order stands for time: without any times no story
 * closes by age, and only {@link ClusterOptions#maxOpenArticles()} closes the stories joined least
 * recently. Articles out of order are accepted; the clock never goes back.
 *
 * <p><b>Memory</b>: the open articles (at most {@code maxOpenArticles} plus the one being added)
 * with their vectors and neighbour lists, their index, and a table of document frequencies that
 * keeps at most {@value #MAX_TERMS} terms (when full, the terms seen in one article only are
 * forgotten). Terms are numbered by a 32-bit hash of their text, so no vocabulary grows; two terms
 * that collide count as one.
 *
 * <p>Deterministic for a given sequence of articles. Not thread-safe: one stream per instance. Cost
 * per article: its term analysis, the postings of its heaviest terms, {@code candidates} exact
 * comparisons, and O(|S| · candidates) per story scored.
 */
public final class SinglePassClusterer {

  /** Most terms in the document-frequency table. */
  public static final int MAX_TERMS = 1 << 20;

  private final ArticleTerms terms;
  private final ClusterOptions options;
  private final long windowSeconds;

  private final Map<Integer, int[]> documentFrequency = new HashMap<>();
  private int documents;
  private long clock = Long.MIN_VALUE;
  private int sequence;
  private int storySequence;
  private final Set<String> openIds = new HashSet<>();

  private final Map<Integer, Open> open = new HashMap<>();

  /** Open articles by slot; a closed article's slot is reused. */
  private final List<Open> slots = new ArrayList<>();

  private final IntList freeSlots = new IntList();
  private final Map<Integer, Postings> postings = new HashMap<>();

  /** Scratch of {@link #search}: partial scores by slot (0 between calls), slots met. */
  private float[] partial = new float[16];

  private int[] met = new int[16];
  private final TreeSet<OpenStory> byAge =
      new TreeSet<>(
          Comparator.comparingLong((OpenStory s) -> s.lastTime)
              .thenComparingInt(s -> s.lastSequence));

  /** Cleaned terms and {@link ClusterOptions#onlineDefaults()}. */
  public SinglePassClusterer() {
    this(ArticleTerms.cleaned(), ClusterOptions.onlineDefaults());
  }

  /** A clusterer comparing articles by {@code terms}, with {@code options}. */
  public SinglePassClusterer(ArticleTerms terms, ClusterOptions options) {
    this.terms = Objects.requireNonNull(terms, "terms");
    this.options = Objects.requireNonNull(options, "options");
    this.windowSeconds = options.windowSeconds();
  }

  /** Articles in open stories. */
  public int openArticles() {
    return open.size();
  }

  /** Open stories. */
  public int openStories() {
    return byAge.size();
  }

  /**
   * Adds the next article.
   *
   * @return the stories closed by this arrival, oldest first (they are forgotten here)
   * @throws IllegalArgumentException if an open story already has an article with this id
   */
  public List<Story> add(Article article) {
    Objects.requireNonNull(article, "article");
    if (openIds.contains(article.id())) {
      throw new IllegalArgumentException(
          "duplicate article id '" + article.id() + "' among the open stories");
    }
    long time = article.published() == null ? clock : article.published().getEpochSecond();
    if (time == Long.MIN_VALUE) {
      time = 0;
    }
    clock = Math.max(clock, time);
    List<Story> closed = new ArrayList<>();
    // Stories idle for longer than the window close before the new article looks for a match.
    while (!byAge.isEmpty() && clock - byAge.first().lastTime > windowSeconds) {
      closed.add(close(byAge.first()));
    }

    Open item = new Open(sequence++, article, time, vectorOf(terms.terms(article)));
    search(item);
    OpenStory story = match(item);
    if (story == null) {
      story = new OpenStory(storySequence++);
    } else {
      byAge.remove(story);
    }
    story.add(item);
    byAge.add(story);
    open.put(item.sequence, item);
    openIds.add(article.id());
    if (freeSlots.size > 0) {
      item.slot = freeSlots.values[--freeSlots.size];
      slots.set(item.slot, item);
    } else {
      item.slot = slots.size();
      slots.add(item);
    }
    for (int position : item.top) {
      postings
          .computeIfAbsent(item.vector.terms[position], t -> new Postings())
          .add(item.slot, item.vector.weights[position]);
    }
    while (open.size() > options.maxOpenArticles()) {
      closed.add(close(byAge.first()));
    }
    return closed;
  }

  /** Closes every open story; returns them, least recently joined first. */
  public List<Story> finish() {
    List<Story> closed = new ArrayList<>();
    while (!byAge.isEmpty()) {
      closed.add(close(byAge.first()));
    }
    return closed;
  }

  /** The unit TF-IDF vector of a new article, counting it in the document frequencies. */
  private SparseVector vectorOf(List<String> articleTerms) {
    int[] ids = new int[articleTerms.size()];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = mix(articleTerms.get(k).hashCode());
    }
    Arrays.sort(ids);
    documents++;
    int distinct = 0;
    for (int k = 0; k < ids.length; k++) {
      if (k == 0 || ids[k] != ids[k - 1]) {
        documentFrequency.computeIfAbsent(ids[k], t -> new int[1])[0]++;
        distinct++;
      }
    }
    if (documentFrequency.size() > MAX_TERMS) {
      documentFrequency.values().removeIf(count -> count[0] <= 1);
    }
    // TermSpace.weigh wants frequencies by term number: give it the few this article needs.
    int[] local = new int[ids.length];
    int[] df = new int[distinct];
    int[] distinctIds = new int[distinct];
    int next = -1;
    for (int k = 0; k < ids.length; k++) {
      if (k == 0 || ids[k] != ids[k - 1]) {
        next++;
        distinctIds[next] = ids[k];
        int[] count = documentFrequency.get(ids[k]);
        df[next] = count == null ? 1 : count[0];
      }
      local[k] = next;
    }
    SparseVector weighted = TermSpace.weigh(local, df, documents);
    int[] global = new int[weighted.size()];
    for (int k = 0; k < global.length; k++) {
      global[k] = distinctIds[weighted.terms[k]];
    }
    // Hash ids are not in increasing order like the local numbers: sort the pairs by id.
    long[] packed = new long[global.length];
    for (int k = 0; k < global.length; k++) {
      packed[k] = ((long) global[k] << 32) | k;
    }
    Arrays.sort(packed);
    int[] sortedTerms = new int[global.length];
    float[] sortedWeights = new float[global.length];
    for (int k = 0; k < packed.length; k++) {
      sortedTerms[k] = (int) (packed[k] >> 32);
      sortedWeights[k] = weighted.weights[(int) packed[k]];
    }
    return new SparseVector(sortedTerms, sortedWeights);
  }

  /** Finds the new article's neighbours among the open ones, and tells them about it. */
  private void search(Open item) {
    item.top = NeighborSearch.heaviest(item.vector, options.topTerms());
    if (partial.length < slots.size()) {
      partial = new float[Math.max(slots.size(), 2 * partial.length)];
      met = new int[partial.length];
    }
    int count = 0;
    for (int position : item.top) {
      Postings list = postings.get(item.vector.terms[position]);
      if (list == null) {
        continue;
      }
      float weight = item.vector.weights[position];
      for (int k = 0; k < list.size; k++) {
        int slot = list.slots[k];
        if (partial[slot] == 0) {
          met[count++] = slot;
        }
        partial[slot] += weight * list.weights[k];
      }
    }
    long[] keys = new long[count];
    for (int k = 0; k < count; k++) {
      int slot = met[k];
      // Score descending, then the earlier article first.
      keys[k] =
          ((long) Float.floatToIntBits(partial[slot]) << 32)
              | (Integer.MAX_VALUE - slots.get(slot).sequence);
      partial[slot] = 0;
    }
    Arrays.sort(keys);
    int compared = Math.min(options.candidates(), count);
    for (int k = 0; k < compared; k++) {
      Open other = open.get(Integer.MAX_VALUE - (int) keys[count - 1 - k]);
      float cosine = (float) Math.min(1.0, item.vector.dot(other.vector));
      item.neighbors.offer(other.sequence, cosine);
      other.neighbors.offer(item.sequence, cosine);
    }
  }

  /** The open story the new article joins, or null for a new story. */
  private OpenStory match(Open item) {
    NeighborList own = item.neighbors;
    for (int k = 0; k < own.size && own.cosines[k] >= NearDuplicates.MIN_COSINE; k++) {
      Open other = open.get(own.ids[k]);
      if (NearDuplicates.test(item.shingles(), other.shingles())) {
        return other.story;
      }
    }
    OpenStory best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    Set<OpenStory> scored = new HashSet<>();
    for (int k = 0; k < own.size; k++) {
      OpenStory story = open.get(own.ids[k]).story;
      if (!scored.add(story)) {
        continue;
      }
      double score = score(item, story);
      if (score > bestScore || (score == bestScore && story.number < best.number)) {
        bestScore = score;
        best = story;
      }
    }
    return bestScore >= options.threshold() ? best : null;
  }

  private double score(Open item, OpenStory story) {
    double average = item.vector.dot(story.sum) / story.members.size();
    if (average < options.threshold()) {
      return average; // crowding only lowers the score
    }
    double crowdItem = crowding(item, story, -1);
    double crowdStory = 0;
    for (Open member : story.members) {
      crowdStory += crowding(member, story, item.sequence);
    }
    crowdStory /= story.members.size();
    return average - (crowdItem + crowdStory) / 2;
  }

  /** Mean cosine of {@code item}'s nearest neighbours outside {@code story} and {@code also}. */
  private double crowding(Open item, OpenStory story, int also) {
    NeighborList list = item.neighbors;
    double sum = 0;
    int counted = 0;
    for (int k = 0; k < list.size && counted < options.neighbors(); k++) {
      int other = list.ids[k];
      if (other == also) {
        continue;
      }
      Open neighbor = open.get(other);
      // Neighbours that closed are gone from the index but may linger in lists: skip them.
      if (neighbor == null || neighbor.story == story) {
        continue;
      }
      sum += list.cosines[k];
      counted++;
    }
    return sum / options.neighbors();
  }

  private Story close(OpenStory story) {
    byAge.remove(story);
    List<Article> articles = new ArrayList<>(story.members.size());
    for (Open member : story.members) {
      open.remove(member.sequence);
      openIds.remove(member.article.id());
      articles.add(member.article);
      for (int position : member.top) {
        int term = member.vector.terms[position];
        Postings list = postings.get(term);
        list.remove(member.slot);
        if (list.size == 0) {
          postings.remove(term);
        }
      }
      slots.set(member.slot, null);
      freeSlots.add(member.slot);
    }
    return StoryIds.story(articles);
  }

  /** MurmurHash3's 32-bit finalizer: spreads String.hashCode's bits. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /** An article in an open story. */
  private final class Open {
    final int sequence;
    final Article article;
    final long time;
    final SparseVector vector;
    final NeighborList neighbors = new NeighborList(options.candidates());
    int[] top;
    int slot;
    OpenStory story;
    private long[] shingles;

    Open(int sequence, Article article, long time, SparseVector vector) {
      this.sequence = sequence;
      this.article = article;
      this.time = time;
      this.vector = vector;
    }

    long[] shingles() {
      if (shingles == null) {
        shingles = NearDuplicates.shingles(article);
      }
      return shingles;
    }
  }

  /** An open story: its members in arrival order and their vector sum. */
  private static final class OpenStory {
    final int number;
    final List<Open> members = new ArrayList<>();
    SparseVector sum = SparseVector.EMPTY;
    long lastTime = Long.MIN_VALUE;
    int lastSequence;

    OpenStory(int number) {
      this.number = number;
    }

    void add(Open item) {
      members.add(item);
      item.story = this;
      sum = sum.plus(item.vector);
      lastTime = Math.max(lastTime, item.time);
      lastSequence = item.sequence;
    }
  }

  /** The most similar articles met so far, best first (ties: earlier article first). */
  private static final class NeighborList {
    final int[] ids;
    final float[] cosines;
    int size;

    NeighborList(int capacity) {
      ids = new int[capacity];
      cosines = new float[capacity];
    }

    void offer(int id, float cosine) {
      int at = size;
      while (at > 0
          && (cosines[at - 1] < cosine || (cosines[at - 1] == cosine && ids[at - 1] > id))) {
        at--;
      }
      if (at >= ids.length) {
        return;
      }
      int last = Math.min(size, ids.length - 1);
      System.arraycopy(ids, at, ids, at + 1, last - at);
      System.arraycopy(cosines, at, cosines, at + 1, last - at);
      ids[at] = id;
      cosines[at] = cosine;
      size = Math.min(size + 1, ids.length);
    }
  }

  /** A growable stack of ints. */
  private static final class IntList {
    int[] values = new int[4];
    int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, 2 * size);
      }
      values[size++] = value;
    }
  }

  /** The open articles indexed under one term: their slots and their weights for the term. */
  private static final class Postings {
    int[] slots = new int[4];
    float[] weights = new float[4];
    int size;

    void add(int slot, float weight) {
      if (size == slots.length) {
        slots = Arrays.copyOf(slots, 2 * size);
        weights = Arrays.copyOf(weights, 2 * size);
      }
      slots[size] = slot;
      weights[size++] = weight;
    }

    /** Removes the entry of {@code slot}, keeping the order of the others. */
    void remove(int slot) {
      for (int k = 0; k < size; k++) {
        if (slots[k] == slot) {
          System.arraycopy(slots, k + 1, slots, k, size - k - 1);
          System.arraycopy(weights, k + 1, weights, k, size - k - 1);
          size--;
          return;
        }
      }
    }
  }
}
