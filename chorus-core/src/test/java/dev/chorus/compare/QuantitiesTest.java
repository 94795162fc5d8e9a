package dev.chorus.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chorus.compare.Quantities.Kind;
import dev.chorus.compare.Quantities.Mention;
import dev.chorus.text.LuceneTermAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

  private final Quantities quantities = new Quantities(new LuceneTermAnalyzer());

  private List<Mention> mentions(String text) {
    return quantities.mentions(Tokens.of(text));
  }

  private static String phrase(String text, Mention m) {
    List<Token> tokens = Tokens.of(text);
    return text.substring(tokens.get(m.first()).start(), tokens.get(m.last()).end());
  }

  @Test
  void vague_magnitudes_are_disjoint_intervals() {
    String tens = "Putin has massed tens of thousands of troops along the border.";
    String thousands = "Russia has amassed thousands of troops at the border.";
    Mention a = mentions(tens).get(0);
    Mention b = mentions(thousands).get(0);
    assertThat(phrase(tens, a)).isEqualTo("tens of thousands of troops");
    assertThat(phrase(thousands, b)).isEqualTo("thousands of troops");
    assertThat(a.lo()).isEqualTo(10_000);
    assertThat(a.hi()).isEqualTo(99_999);
    assertThat(b.lo()).isEqualTo(2_000);
    assertThat(b.hi()).isEqualTo(9_999);
    assertThat(a.subject()).isEqualTo("troops");
    assertThat(a.subjectKey()).isEqualTo(b.subjectKey());
    assertThat(a.contradicts(b)).isTrue();
    assertThat(a.exact()).isFalse();
  }

  @Test
  void digits_and_number_words_of_one_value_agree() {
    Mention digits = mentions("The army sent 6,000 troops.").get(0);
    Mention words = mentions("The army sent six thousand troops.").get(0);
    Mention other = mentions("The army sent 6,500 troops.").get(0);
    assertThat(digits.exact()).isTrue();
    assertThat(digits.contradicts(words)).isFalse();
    assertThat(words.contradicts(digits)).isFalse();
    // Rounding allows at most 5 %: 6,000 is not 6,500.
    assertThat(digits.contradicts(other)).isTrue();
    assertThat(Quantities.key(6000)).isEqualTo("#6000");
    assertThat(quantities.numberKeys(Tokens.of("six thousand, 6,000 and 6000")))
        .containsExactly("#6000", "#6000", "#6000");
  }

  @Test
  void qualifiers_widen_the_interval() {
    Mention about = mentions("There are about 6,000 U.S. forces deployed.").get(0);
    assertThat(about.lo()).isCloseTo(5_400, within(1e-6));
    assertThat(about.hi()).isCloseTo(6_600, within(1e-6));
    assertThat(about.subject()).isEqualTo("forces");
    assertThat(about.modifiers()).containsExactly("us");
    Mention more = mentions("More than 100 people were hurt.").get(0);
    assertThat(more.lo()).isEqualTo(100);
    assertThat(more.hi()).isInfinite();
    assertThat(more.contradicts(mentions("Some 150 people were hurt.").get(0))).isFalse();
    Mention upTo = mentions("Up to 40 boats sank.").get(0);
    assertThat(upTo.lo()).isZero();
    assertThat(upTo.hi()).isEqualTo(40);
  }

  @Test
  void percentages_and_money_have_their_own_kinds() {
    String percent = "Turnout reached 40 percent of voters in the city.";
    Mention p = mentions(percent).get(0);
    assertThat(p.kind()).isEqualTo(Kind.PERCENT);
    assertThat(p.subject()).isEqualTo("voters");
    assertThat(phrase(percent, p)).isEqualTo("40 percent of voters");
    assertThat(mentions("Shares rose 4.1%.").get(0).kind()).isEqualTo(Kind.PERCENT);
    // "4 %" may be 4.1 % rounded.
    assertThat(mentions("Shares rose 4%.").get(0).contradicts(mentions("Shares rose 4.1%.").get(0)))
        .isFalse();
    Mention money = mentions("Congress approved $5 million in aid.").get(0);
    assertThat(money.kind()).isEqualTo(Kind.MONEY);
    assertThat(money.unit()).isEqualTo("USD");
    assertThat(money.lo()).isCloseTo(5e6, within(5e6 * 0.05));
    assertThat(money.subject()).isEqualTo("aid");
    assertThat(mentions("It cost 81m euros.").get(0).unit()).isEqualTo("EUR");
  }

  @Test
  void years_times_dates_labels_and_ranges_are_not_quantities() {
    assertThat(mentions("In 2019, Trump withdrew from the 1987 treaty.")).isEmpty();
    assertThat(mentions("It was updated at 2:18 p.m. and again at 9 am.")).isEmpty();
    assertThat(mentions("On January 7 and 8 March officials met.")).isEmpty();
    assertThat(mentions("No. 5 players and Flight 370 passengers were late.")).isEmpty();
    assertThat(mentions("An estimated 17 to 20 passengers were taken to hospitals.")).isEmpty();
    // "one" alone is a pronoun far more often than a count.
    assertThat(mentions("This is one area where we may agree.")).isEmpty();
    // A count needs its noun right after the number, and a plural one.
    assertThat(mentions("including about 4,000 in Poland.")).isEmpty();
    assertThat(mentions("a gas station in the 4300 block of Minnesota Avenue")).isEmpty();
  }

  @Test
  void the_counted_noun_skips_modifiers() {
    Mention rhinos = mentions("About 1,750 black rhinos live in Namibia.").get(0);
    assertThat(rhinos.subject()).isEqualTo("rhinos");
    Mention russian = mentions("It sent 100,000 Russian troops to the border.").get(0);
    assertThat(russian.subject()).isEqualTo("troops");
    assertThat(russian.modifiers()).containsExactly("russian");
    Mention americans = mentions("Two Americans were killed.").get(0);
    assertThat(americans.subject()).isEqualTo("americans");
    Mention compound = mentions("Twenty-five students and a dozen teachers left.").get(0);
    assertThat(compound.lo()).isCloseTo(25, within(0.5));
  }

  @Test
  void non_ascii_and_empty_input() {
    assertThat(mentions("")).isEmpty();
    assertThat(mentions("   ")).isEmpty();
    Mention euro = mentions("Le musée a reçu €3 million in donations.").get(0);
    assertThat(euro.unit()).isEqualTo("EUR");
    assertThat(euro.subject()).isEqualTo("donations");
  }
}
