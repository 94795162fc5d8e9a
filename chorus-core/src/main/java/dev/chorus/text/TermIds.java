package dev.chorus.text;

import java.util.Arrays;

/**
 * Dense ids for terms, numbered from 0 in order of first sight: what a {@code HashMap<String,
 * Integer>} filled with {@code ids.size()} for each new term gives, without boxing an id per
 * lookup or a node per term. Open addressing with linear probing over an {@code int[]}, at a load
 * of at most one half; the terms' own {@link String#hashCode}, mixed, picks the first slot. Term
 * indexes built per story look up every term occurrence here, which made the map's lookups and
 * boxes a visible share of their time (issue #5).
 *
 * <p>Not thread-safe: one instance per index being built.
 */
public final class TermIds {

  private String[] terms = new String[64];
  private int[] table = new int[128]; // id + 1, 0 for an empty slot
  private int size;

  /** The id of {@code term} (not null), giving it the next id if it has none yet. */
  public int idOf(String term) {
    int h = term.hashCode();
    int mask = table.length - 1;
    int slot = mix(h) & mask;
    while (true) {
      int entry = table[slot];
      if (entry == 0) {
        break;
      }
      String known = terms[entry - 1];
      if (known == term || (known.hashCode() == h && known.equals(term))) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    int id = size++;
    if (id == terms.length) {
      terms = Arrays.copyOf(terms, 2 * id);
    }
    terms[id] = term;
    table[slot] = id + 1;
    if (2 * size > table.length) {
      rehash();
    }
    return id;
  }

  /** Number of terms with an id: the ids are 0 to {@code size() - 1}. */
  public int size() {
    return size;
  }

  /** The term of id {@code id}, in [0, {@link #size}). */
  public String term(int id) {
    if (id < 0 || id >= size) {
      throw new IllegalArgumentException("id must be in [0, " + size + "), was " + id);
    }
    return terms[id];
  }

  /** The terms by id. */
  public String[] terms() {
    return Arrays.copyOf(terms, size);
  }

  private void rehash() {
    table = new int[2 * table.length];
    int mask = table.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = mix(terms[id].hashCode()) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = id + 1;
    }
  }

  /** Spreads the high bits of a hash into the low ones that pick the slot. */
  private static int mix(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B9 >>> 7;
  }
}
