package dev.chorus.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnedPairSimilarityTest {

  private static LearnedPairSimilarity model(double[] weights, double bias, double threshold) {
    int n = PairFeatures.NAMES.size();
    double[] means = new double[n];
    double[] scales = new double[n];
    java.util.Arrays.fill(scales, 1);
    return new LearnedPairSimilarity(
        PairFeatures.NAMES, means, scales, weights, bias, threshold, Map.of("by", "hand"));
  }

  @Test
  void the_shipped_model_loads_with_this_versions_features() {
    LearnedPairSimilarity shipped = LearnedPairSimilarity.shipped();

    assertThat(shipped.features()).isEqualTo(PairFeatures.NAMES);
    assertThat(shipped.threshold()).isEqualTo(0.2);
    assertThat(shipped.provenance()).containsKey("data");
  }

  @Test
  void probability_is_the_logistic_of_the_standardized_sum() {
    double[] weights = new double[PairFeatures.NAMES.size()];
    weights[0] = 2; // cos
    LearnedPairSimilarity m = model(weights, -1, 0.5);
    float[] x = new float[weights.length];
    x[0] = 0.5f;

    assertThat(m.logit(x)).isEqualTo(0.0);
    assertThat(m.probability(x)).isEqualTo(0.5);
    x[0] = 1f; // logit 1
    assertThat(m.probability(x)).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-12));
    assertThatThrownBy(() -> m.logit(new float[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 15 features, got 3");
  }

  @Test
  void json_round_trip_and_checks(@TempDir Path dir) throws IOException {
    LearnedPairSimilarity shipped = LearnedPairSimilarity.shipped();
    Path file = dir.resolve("model.json");
    Files.write(file, shipped.toJson());

    LearnedPairSimilarity read = LearnedPairSimilarity.read(file);

    assertThat(read.weights()).containsExactly(shipped.weights());
    assertThat(read.means()).containsExactly(shipped.means());
    assertThat(read.bias()).isEqualTo(shipped.bias());
    assertThat(read.toJson()).isEqualTo(shipped.toJson());
    Files.writeString(
        file, new String(shipped.toJson()).replace("\"log_min_len\"", "\"log_len\""));
    assertThatThrownBy(() -> LearnedPairSimilarity.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not this version's");
  }

  @Test
  void rejects_bad_parameters() {
    double[] weights = new double[PairFeatures.NAMES.size()];
    assertThatThrownBy(() -> model(weights, 0, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threshold must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> model(new double[2], 0, 0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 15");
    assertThatThrownBy(() -> model(weights, Double.NaN, 0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bias");
    assertThatThrownBy(() -> LearnedPairSimilarity.shipped().withThreshold(-0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void as_a_second_opinion_it_only_adds_merges_and_keeps_determinism() {
    List<Article> articles = Newsroom.articles();
    List<Story> plain =
        new NearestNeighborClusterer(ArticleTerms.cleaned(), ClusterOptions.defaults(), 1)
            .cluster(articles);
    NearestNeighborClusterer learned1 =
        new NearestNeighborClusterer(
            ArticleTerms.cleaned(), ClusterOptions.defaults(), 1, LearnedPairSimilarity.shipped());
    NearestNeighborClusterer learned2 =
        new NearestNeighborClusterer(
            ArticleTerms.cleaned(), ClusterOptions.defaults(), 2, LearnedPairSimilarity.shipped());
    List<Article> shuffled = new ArrayList<>(articles);
    Collections.shuffle(shuffled, new Random(3));

    List<Story> stories = learned1.cluster(articles);

    assertThat(learned2.cluster(shuffled)).isEqualTo(stories);
    assertThat(NearestNeighborClustererTest.groups(stories))
        .isEqualTo(NearestNeighborClustererTest.expected(Newsroom.events()));
    // A model that never approves (no average probability minus crowding reaches 1 here) leaves
    // the cosine linkage's stories.
    NearestNeighborClusterer never =
        new NearestNeighborClusterer(
            ArticleTerms.cleaned(),
            ClusterOptions.defaults(),
            1,
            LearnedPairSimilarity.shipped().withThreshold(1.0));
    assertThat(never.cluster(articles)).isEqualTo(plain);
  }
}
