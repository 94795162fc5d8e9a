package dev.chorus.text;

import java.util.Arrays;

/**
 * A bounded map from a token's characters to its term, looked up straight from a token buffer
 * without building a string: open addressing with linear probing, a mixed hash and a load of at
 * most one half, so a lookup is about one probe. When it holds {@code capacity} tokens it is
 * emptied; callers must be able to recompute any value.
 *
 * <p>{@link org.apache.lucene.analysis.CharArrayMap} does the same job, but its unmixed hash and
 * load factor of 0.8 made long probe chains the hottest spot of term analysis (issue #5).
 *
 * <p>Not thread-safe: one instance per thread.
 */
final class TokenTermCache {

  private final int capacity;
  private char[][] keys;
  private String[] values;
  private int size;

  /** A cache of at most {@code capacity} (>= 1) tokens. */
  TokenTermCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
    }
    this.capacity = capacity;
    allocate(16);
  }

  /** The value stored for {@code buffer[0, length)}, or null. */
  String get(char[] buffer, int length) {
    int mask = keys.length - 1;
    for (int slot = hash(buffer, length) & mask; ; slot = (slot + 1) & mask) {
      char[] key = keys[slot];
      if (key == null) {
        return null;
      }
      if (key.length == length && Arrays.equals(key, 0, length, buffer, 0, length)) {
        return values[slot];
      }
    }
  }

  /** Stores {@code value} for {@code token}, which must not be stored yet. */
  void put(String token, String value) {
    if (size >= capacity) {
      size = 0;
      allocate(16);
    } else if (2 * (size + 1) > keys.length) {
      grow();
    }
    char[] key = token.toCharArray();
    insert(key, value);
    size++;
  }

  int size() {
    return size;
  }

  private void insert(char[] key, String value) {
    int mask = keys.length - 1;
    int slot = hash(key, key.length) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  private void grow() {
    char[][] oldKeys = keys;
    String[] oldValues = values;
    allocate(2 * oldKeys.length);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
  }

  private void allocate(int slots) {
    keys = new char[slots][];
    values = new String[slots];
  }

  /** A polynomial hash with a final avalanche (Murmur3's fmix32), so low bits are well mixed. */
  private static int hash(char[] chars, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + chars[i];
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
