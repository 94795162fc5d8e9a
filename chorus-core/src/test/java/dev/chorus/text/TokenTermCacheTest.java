package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenTermCacheTest {

  @Test
  void finds_what_was_put_by_buffer_prefix() {
    TokenTermCache cache = new TokenTermCache(100);
    cache.put("runs", "run");
    cache.put("the", "");
    // The token buffer may be longer than the token: only the first length chars count.
    assertThat(cache.get("runsXYZ".toCharArray(), 4)).isEqualTo("run");
    assertThat(cache.get("the".toCharArray(), 3)).isEmpty();
    assertThat(cache.get("run".toCharArray(), 3)).isNull();
    assertThat(cache.get("runs".toCharArray(), 0)).isNull();
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void keeps_every_entry_while_growing() {
    TokenTermCache cache = new TokenTermCache(100_000);
    for (int i = 0; i < 50_000; i++) {
      cache.put("t" + i, "v" + i);
    }
    for (int i = 0; i < 50_000; i++) {
      assertThat(cache.get(("t" + i).toCharArray(), ("t" + i).length())).isEqualTo("v" + i);
    }
    assertThat(cache.get("t50000".toCharArray(), 6)).isNull();
  }

  @Test
  void is_emptied_when_full() {
    TokenTermCache cache = new TokenTermCache(2);
    cache.put("a", "1");
    cache.put("b", "2");
    cache.put("c", "3");
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.get("a".toCharArray(), 1)).isNull();
    assertThat(cache.get("c".toCharArray(), 1)).isEqualTo("3");
  }

  @Test
  void rejects_a_capacity_below_one() {
    assertThatThrownBy(() -> new TokenTermCache(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 0");
  }

  @Test
  void a_lookup_with_the_raw_hash_finds_what_the_plain_lookup_finds() {
    TokenTermCache cache = new TokenTermCache(100);
    cache.put("runs", "run");
    char[] buffer = "xxrunsyy".toCharArray();
    assertThat(TokenTermCache.rawHash(buffer, 2, 4)).isEqualTo("runs".hashCode());
    assertThat(cache.get(buffer, 2, 4, "runs".hashCode())).isEqualTo("run");
    assertThat(cache.get(buffer, 2, 4)).isEqualTo("run");
    assertThat(cache.get(buffer, 2, 3, "run".hashCode())).isNull();
  }
}
