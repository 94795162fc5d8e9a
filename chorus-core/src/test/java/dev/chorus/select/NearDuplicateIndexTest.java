package dev.chorus.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.text.AnalyzedStory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

  private static boolean nearDuplicates(String a, String b) {
    AnalyzedStory story = Stories.of(a, b);
    assertThat(story.sentences()).hasSize(2);
    return NearDuplicateIndex.of(story).areNearDuplicates(0, 1);
  }

  @Test
  void a_reprinted_wire_sentence_is_a_near_duplicate() {
    assertThat(
            nearDuplicates(
                "The Senate voted 52 to 48 on Tuesday to confirm Smith.",
                "WASHINGTON (AP) The Senate voted 52 to 48 on Tuesday to confirm Smith."))
        .isTrue();
  }

  @Test
  void jaccard_threshold_is_inclusive() {
    // 8 and 9 terms sharing 7: Jaccard 7 / 10 = 0.7 exactly.
    assertThat(nearDuplicates("a1 a2 a3 a4 a5 a6 a7 b1.", "a1 a2 a3 a4 a5 a6 a7 c1 c2.")).isTrue();
    // 11 and 11 terms sharing 9: Jaccard 9 / 13 < 0.7, containment 9 / 11 < 0.9.
    assertThat(
            nearDuplicates(
                "a1 a2 a3 a4 a5 a6 a7 a8 a9 b1 b2.", "a1 a2 a3 a4 a5 a6 a7 a8 a9 c1 c2."))
        .isFalse();
  }

  @Test
  void a_sentence_contained_in_a_longer_one_is_a_near_duplicate_from_four_terms() {
    String longer = "Rescuers pulled 12 survivors from the rubble late Sunday near the old harbor.";
    // 4 terms, all in the longer sentence (10 terms): Jaccard 0.4, containment 1.
    assertThat(nearDuplicates("Rescuers pulled 12 survivors.", longer)).isTrue();
    // 3 terms are too few to call it a copy.
    assertThat(nearDuplicates("Rescuers pulled survivors.", longer)).isFalse();
    // 4 terms, one missing: containment 3 / 4 < 0.9.
    assertThat(nearDuplicates("Rescuers pulled 40 survivors.", longer)).isFalse();
  }

  @Test
  void sentences_without_terms_are_near_duplicates_only_when_their_text_is_the_same() {
    assertThat(nearDuplicates("It is what it is.", "it  IS what\nit is.")).isTrue();
    assertThat(nearDuplicates("It is what it is.", "It was.")).isFalse();
    assertThat(nearDuplicates("It is.", "Storm it is.")).isFalse();
  }

  @Test
  void a_sentence_is_a_near_duplicate_of_itself_but_not_listed_among_its_near_duplicates() {
    NearDuplicateIndex index = NearDuplicateIndex.of(Stories.of("Storm hits coast hard."));
    assertThat(index.areNearDuplicates(0, 0)).isTrue();
    assertThat(index.nearDuplicatesOf(0)).isEmpty();
  }

  @Test
  void near_duplicates_are_listed_in_story_order() {
    AnalyzedStory story =
        Stories.of(
            "Storm hits the coast hard. Markets fall.",
            "Storm hits coast hard!",
            "Unrelated words here. Storm hits the coast hard.");
    NearDuplicateIndex index = NearDuplicateIndex.of(story);
    assertThat(index.nearDuplicatesOf(0)).containsExactly(2, 4);
    assertThat(index.nearDuplicatesOf(4)).containsExactly(0, 2);
    assertThat(index.nearDuplicatesOf(1)).isEmpty();
  }

  @Test
  void rejects_indexes_outside_the_story() {
    NearDuplicateIndex index = NearDuplicateIndex.of(Stories.of("One sentence only here."));
    assertThatThrownBy(() -> index.nearDuplicatesOf(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 1");
    assertThatThrownBy(() -> index.areNearDuplicates(0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was -1");
  }

  @Test
  void prefix_filtering_finds_exactly_the_pairs_that_brute_force_finds() {
    for (long seed = 0; seed < 40; seed++) {
      Random random = new Random(seed);
      AnalyzedStory story = randomStory(random);
      NearDuplicateIndex index = NearDuplicateIndex.of(story);
      int n = story.sentences().size();
      for (int i = 0; i < n; i++) {
        int sentence = i;
        int[] expected =
            IntStream.range(0, n)
                .filter(j -> j != sentence && index.areNearDuplicates(sentence, j))
                .toArray();
        assertThat(index.nearDuplicatesOf(i))
            .as("seed %d, sentence %d", seed, i)
            .containsExactly(expected);
      }
    }
  }

  /** Sentences that are copies, edits, extensions and cuts of a few originals. */
  static AnalyzedStory randomStory(Random random) {
    List<List<String>> originals = new ArrayList<>();
    for (int o = 0; o < 4; o++) {
      List<String> words = new ArrayList<>();
      int length = 1 + random.nextInt(14);
      for (int w = 0; w < length; w++) {
        words.add("w" + random.nextInt(40));
      }
      originals.add(words);
    }
    String[] documents = new String[3 + random.nextInt(3)];
    for (int d = 0; d < documents.length; d++) {
      StringBuilder text = new StringBuilder();
      int sentences = 1 + random.nextInt(6);
      for (int s = 0; s < sentences; s++) {
        List<String> words = new ArrayList<>(originals.get(random.nextInt(originals.size())));
        int edits = random.nextInt(4);
        for (int e = 0; e < edits && !words.isEmpty(); e++) {
          switch (random.nextInt(3)) {
            case 0 -> words.remove(random.nextInt(words.size()));
            case 1 -> words.add(random.nextInt(words.size() + 1), "w" + random.nextInt(40));
            default -> words.set(random.nextInt(words.size()), "w" + random.nextInt(40));
          }
        }
        if (words.isEmpty()) {
          words.add("the");
        }
        text.append(String.join(" ", words)).append(". ");
      }
      documents[d] = text.toString();
    }
    return Stories.of(documents);
  }
}
