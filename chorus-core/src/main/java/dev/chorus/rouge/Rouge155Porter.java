package dev.chorus.rouge;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer exactly as ROUGE-1.5.5 runs it: Martin Porter's regular-expression Perl
 * version (release 1) with Chin-Yew Lin's 2004 change to step 4.
 *
 * <p>It differs from Lucene's {@code PorterStemmer} (the C/Java reference version) in details: the
 * measure tests are regular expressions over {@code [aeiou]} and {@code y} ("y" is a vowel after a
 * consonant-free prefix only through these patterns, and an initial "y" is a consonant); step 2
 * maps "logi" to "log" and "bli" to "ble"; and step 4 tries "-al ... -ize" (with "-ement"), then
 * independently "-ment", then "-ent" or "-sion/-tion", each on the result of the previous rule, so
 * that "agreement" becomes "agreem". Digits count as consonants.
 *
 * <p>Reference: M.F. Porter, An algorithm for suffix stripping, Program 14(3), 130-137, 1980.
 * Complexity: O(length) regular-expression steps per word. Stateless and thread-safe.
 */
final class Rouge155Porter {

  private static final String CONSONANT = "[^aeiou]";
  private static final String VOWEL = "[aeiouy]";
  private static final String CONSONANTS = CONSONANT + "[^aeiouy]*";
  private static final String VOWELS = VOWEL + "[aeiou]*";

  /** [C]VC... : measure > 0. */
  private static final Pattern M_GT_0 =
      Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS);

  /** [C]VC[V] : measure = 1. */
  private static final Pattern M_EQ_1 =
      Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + "(" + VOWELS + ")?$");

  /** [C]VCVC... : measure > 1. */
  private static final Pattern M_GT_1 =
      Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + VOWELS + CONSONANTS);

  /** A vowel somewhere in the stem. */
  private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CONSONANTS + ")?" + VOWEL);

  /** Consonant-vowel-consonant ending, the last not w, x or y (the *o condition). */
  private static final Pattern CVC = Pattern.compile("^" + CONSONANTS + VOWEL + "[^aeiouwxy]$");

  private static final Pattern STEP1A_SSES_IES = Pattern.compile("(ss|i)es$");
  private static final Pattern STEP1A_S = Pattern.compile("([^s])s$");
  private static final Pattern STEP1B_EED = Pattern.compile("eed$");
  private static final Pattern STEP1B_ED_ING = Pattern.compile("(ed|ing)$");
  private static final Pattern STEP1B_AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
  private static final Pattern STEP1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
  private static final Pattern STEP1C_Y = Pattern.compile("y$");
  private static final Pattern STEP2 =
      Pattern.compile(
          "(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness"
              + "|fulness|ousness|aliti|iviti|biliti|logi)$");
  private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
  private static final Pattern STEP4 =
      Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
  private static final Pattern STEP4_MENT = Pattern.compile("ment$");
  private static final Pattern STEP4_ENT = Pattern.compile("ent$");
  private static final Pattern STEP4_ION = Pattern.compile("(s|t)(ion)$");
  private static final Pattern STEP5_E = Pattern.compile("e$");
  private static final Pattern STEP5_LL = Pattern.compile("ll$");

  private static final Map<String, String> STEP2_MAP =
      Map.ofEntries(
          Map.entry("ational", "ate"),
          Map.entry("tional", "tion"),
          Map.entry("enci", "ence"),
          Map.entry("anci", "ance"),
          Map.entry("izer", "ize"),
          Map.entry("bli", "ble"),
          Map.entry("alli", "al"),
          Map.entry("entli", "ent"),
          Map.entry("eli", "e"),
          Map.entry("ousli", "ous"),
          Map.entry("ization", "ize"),
          Map.entry("ation", "ate"),
          Map.entry("ator", "ate"),
          Map.entry("alism", "al"),
          Map.entry("iveness", "ive"),
          Map.entry("fulness", "ful"),
          Map.entry("ousness", "ous"),
          Map.entry("aliti", "al"),
          Map.entry("iviti", "ive"),
          Map.entry("biliti", "ble"),
          Map.entry("logi", "log"));
  private static final Map<String, String> STEP3_MAP =
      Map.of(
          "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness",
          "");

  private Rouge155Porter() {}

  /**
   * The stem of a lowercase word. Words shorter than 3 characters are returned unchanged (the
   * scorer itself only stems words longer than 3).
   */
  static String stem(String word) {
    if (word.length() < 3) {
      return word;
    }
    String w = word;
    boolean initialY = w.charAt(0) == 'y';
    if (initialY) {
      // An upper-case Y is neither in [aeiou] nor in [aeiouy]: a consonant for every pattern.
      w = 'Y' + w.substring(1);
    }

    // Step 1a: sses -> ss, ies -> i, s -> (not after s).
    Matcher m = STEP1A_SSES_IES.matcher(w);
    if (m.find()) {
      w = w.substring(0, m.start()) + m.group(1);
    } else if ((m = STEP1A_S.matcher(w)).find()) {
      w = w.substring(0, m.start()) + m.group(1);
    }

    // Step 1b: eed -> ee when m > 0; ed, ing removed when the stem has a vowel.
    m = STEP1B_EED.matcher(w);
    if (m.find()) {
      if (M_GT_0.matcher(w.substring(0, m.start())).find()) {
        w = w.substring(0, w.length() - 1);
      }
    } else if ((m = STEP1B_ED_ING.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (HAS_VOWEL.matcher(stem).find()) {
        w = stem;
        if (STEP1B_AT_BL_IZ.matcher(w).find()) {
          w = w + "e";
        } else if (STEP1B_DOUBLE.matcher(w).find()) {
          w = w.substring(0, w.length() - 1);
        } else if (CVC.matcher(w).find()) {
          w = w + "e";
        }
      }
    }

    // Step 1c: y -> i when the stem has a vowel.
    m = STEP1C_Y.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      if (HAS_VOWEL.matcher(stem).find()) {
        w = stem + "i";
      }
    }

    // Step 2: double suffixes to single ones when m > 0.
    m = STEP2.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      if (M_GT_0.matcher(stem).find()) {
        w = stem + STEP2_MAP.get(m.group(1));
      }
    }

    // Step 3: -ic-, -full, -ness etc. when m > 0.
    m = STEP3.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      if (M_GT_0.matcher(stem).find()) {
        w = stem + STEP3_MAP.get(m.group(1));
      }
    }

    // Step 4 (ROUGE's variant): three rules in sequence, each on the previous result, m > 1.
    m = STEP4.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      if (M_GT_1.matcher(stem).find()) {
        w = stem;
      }
    }
    m = STEP4_MENT.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      if (M_GT_1.matcher(stem).find()) {
        w = stem;
      }
    }
    m = STEP4_ENT.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      if (M_GT_1.matcher(stem).find()) {
        w = stem;
      }
    } else if ((m = STEP4_ION.matcher(w)).find()) {
      String stem = w.substring(0, m.start()) + m.group(1);
      if (M_GT_1.matcher(stem).find()) {
        w = stem;
      }
    }

    // Step 5: final e removed when m > 1, or m = 1 and not *o; ll -> l when m > 1.
    m = STEP5_E.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      if (M_GT_1.matcher(stem).find()
          || (M_EQ_1.matcher(stem).find() && !CVC.matcher(stem).find())) {
        w = stem;
      }
    }
    if (STEP5_LL.matcher(w).find() && M_GT_1.matcher(w).find()) {
      w = w.substring(0, w.length() - 1);
    }

    if (initialY && !w.isEmpty() && w.charAt(0) == 'Y') {
      w = 'y' + w.substring(1);
    }
    return w;
  }
}
