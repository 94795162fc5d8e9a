package dev.chorus.text;

import java.util.Arrays;

/**
 * A bounded map from a token's characters to its term, looked up straight from a token buffer
 * without building a string. When it holds {@code capacity} tokens it is emptied; callers must be
 * able to recompute any value.
 *
 * <p>Layout, for few cache misses per lookup: open addressing with linear probing over one {@code
 * long[]} whose slots hold the key's full hash (high half) and its entry number (low half, 0 for
 * empty), at a load of at most one half. Entries are numbered in insertion order, and their keys
 * sit back to back in one {@code char[]}: the frequent tokens of a text come first, so their
 * entries share a few cache lines. A probe compares characters only when the full hashes agree.
 * {@link org.apache.lucene.analysis.CharArrayMap} does the same job, but its unmixed hash, its
 * load of 0.8 and its one array per key made it the hottest spot of term analysis (issue #5).
 *
 * <p>Not thread-safe: one instance per thread.
 */
final class TokenTermCache {

  private final int capacity;
  private long[] slots;
  private int[] keyStarts;
  private int[] keyLengths;
  private String[] values;
  private char[] keyChars;
  private int keyCharsUsed;
  private int size;

  /** A cache of at most {@code capacity} (>= 1) tokens. */
  TokenTermCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
    }
    this.capacity = capacity;
    clear();
  }

  /** The value stored for {@code buffer[0, length)}, or null. */
  String get(char[] buffer, int length) {
    return get(buffer, 0, length);
  }

  /** The value stored for {@code buffer[offset, offset + length)}, or null. */
  String get(char[] buffer, int offset, int length) {
    return get(buffer, offset, length, rawHash(buffer, offset, length));
  }

  /**
   * {@link #get(char[], int, int)} for a caller that knows the key's {@link #rawHash} already.
   */
  String get(char[] buffer, int offset, int length, int rawHash) {
    int hash = mix(rawHash);
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      long packed = slots[slot];
      if (packed == 0) {
        return null;
      }
      if ((int) (packed >>> 32) == hash) {
        int entry = (int) packed - 1;
        if (keyLengths[entry] == length) {
          // Compared inline: the JIT's quick tier (C1, what the launcher uses) does not inline a
          // helper this size, and a call per lookup showed in profiles.
          char[] chars = keyChars;
          int start = keyStarts[entry];
          int i = 0;
          while (i < length && chars[start + i] == buffer[offset + i]) {
            i++;
          }
          if (i == length) {
            return values[entry];
          }
        }
      }
    }
  }

  /** Stores {@code value} for {@code token}, which must not be stored yet. */
  void put(String token, String value) {
    if (size >= capacity) {
      clear();
    }
    if (size == values.length) {
      int grown = (int) Math.min(2L * values.length, capacity);
      keyStarts = Arrays.copyOf(keyStarts, grown);
      keyLengths = Arrays.copyOf(keyLengths, grown);
      values = Arrays.copyOf(values, grown);
    }
    if (2 * (size + 1) > slots.length) {
      rehash(2 * slots.length);
    }
    int length = token.length();
    if (keyCharsUsed + length > keyChars.length) {
      keyChars = Arrays.copyOf(keyChars, Math.max(keyCharsUsed + length, 2 * keyChars.length));
    }
    token.getChars(0, length, keyChars, keyCharsUsed);
    int entry = size++;
    keyStarts[entry] = keyCharsUsed;
    keyLengths[entry] = length;
    values[entry] = value;
    keyCharsUsed += length;
    place(hash(keyChars, keyCharsUsed - length, length), entry);
  }

  int size() {
    return size;
  }

  private void place(int hash, int entry) {
    int mask = slots.length - 1;
    int slot = hash & mask;
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = ((long) hash << 32) | (entry + 1);
  }

  private void rehash(int slotCount) {
    slots = new long[slotCount];
    for (int entry = 0; entry < size; entry++) {
      place(hash(keyChars, keyStarts[entry], keyLengths[entry]), entry);
    }
  }

  private void clear() {
    int entries = Math.min(capacity, 64);
    slots = new long[16];
    while (slots.length < 2 * entries) {
      slots = new long[2 * slots.length];
    }
    keyStarts = new int[entries];
    keyLengths = new int[entries];
    values = new String[entries];
    keyChars = new char[8 * entries];
    keyCharsUsed = 0;
    size = 0;
  }

  /** A polynomial hash with a final avalanche (Murmur3's fmix32), so low bits are well mixed. */
  private static int hash(char[] chars, int from, int length) {
    return mix(rawHash(chars, from, length));
  }

  /** The polynomial part of the hash: {@link String#hashCode} of the characters. */
  static int rawHash(char[] chars, int from, int length) {
    int h = 0;
    for (int i = from; i < from + length; i++) {
      h = 31 * h + chars[i];
    }
    return h;
  }

  /** Murmur3's fmix32. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
