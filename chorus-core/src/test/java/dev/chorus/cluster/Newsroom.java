package dev.chorus.cluster;

import dev.chorus.model.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Invented articles about three events, plus two unrelated ones, for clustering tests. */
final class Newsroom {

  private Newsroom() {}

  /** Event of every article id: "dam", "vote", "outage", or the id itself for the loners. */
  static Map<String, String> events() {
    Map<String, String> events = new TreeMap<>();
    for (Article article : articles()) {
      String id = article.id();
      events.put(id, id.startsWith("loner") ? id : id.substring(0, id.indexOf('-')));
    }
    return events;
  }

  /** The articles, all published on 2026-03-12 (hours apart). */
  static List<Article> articles() {
    List<Article> all = new ArrayList<>();
    all.add(
        article(
            "dam-1",
            8,
            "Kessel River dam opens after four years",
            "The Kessel River dam opened on Tuesday after four years of construction. Officials"
                + " said the reservoir behind the dam will supply water to 90,000 homes in the"
                + " Kessel valley. The dam cost 210 million euros."));
    all.add(
        article(
            "dam-2",
            9,
            "Valley celebrates new dam",
            "Residents of the Kessel valley gathered as the Kessel River dam opened to the public."
                + " The reservoir will supply water to about 90,000 homes, officials said, and"
                + " farmers hope the dam ends the summer droughts."));
    all.add(
        article(
            "dam-3",
            10,
            "Critics question dam costs",
            "Environmental groups criticised the Kessel River dam, which opened on Tuesday. They"
                + " said the 210 million euro dam flooded wetlands of the Kessel valley and its"
                + " reservoir harms the river fish."));
    all.add(
        article(
            "dam-4",
            11,
            null,
            "Water from the new Kessel reservoir reached the first homes of the valley on"
                + " Tuesday, a day after the Kessel River dam opened, the water authority said."));
    all.add(
        article(
            "vote-1",
            8,
            "Varga wins Marlow mayoral election",
            "Ines Varga won the Marlow mayoral election on Sunday with 54 percent of the vote,"
                + " defeating the incumbent mayor Tomas Brenner. Turnout in Marlow was 61"
                + " percent."));
    all.add(
        article(
            "vote-2",
            12,
            "Brenner concedes in Marlow",
            "Mayor Tomas Brenner conceded the Marlow election to Ines Varga, who won 54 percent of"
                + " the vote. Varga promised cheaper buses and a new library for Marlow."));
    all.add(
        article(
            "vote-3",
            14,
            null,
            "Marlow's mayor-elect Ines Varga said she would cut bus fares after her election win"
                + " over Tomas Brenner; the Marlow council confirmed the vote count on Monday."));
    all.add(
        article(
            "outage-1",
            9,
            "Orbis mobile network down",
            "An outage took down the Orbis Telecom mobile network for six hours on Monday,"
                + " leaving two million customers without calls or mobile data. Orbis blamed a"
                + " faulty software update."));
    all.add(
        article(
            "outage-2",
            13,
            "Orbis apologises for outage",
            "Orbis Telecom apologised for Monday's six-hour network outage and promised customers"
                + " a credit. The company said a software update to its core network failed."));
    all.add(
        article(
            "outage-3",
            15,
            null,
            "Regulators opened an inquiry into the Orbis Telecom outage that cut mobile calls and"
                + " data for two million customers, asking how the software update was tested."));
    all.add(
        article(
            "loner-recipe",
            10,
            "A quick lentil soup",
            "Fry an onion in olive oil, add red lentils, cumin and stock, simmer for twenty"
                + " minutes and finish with lemon juice and parsley."));
    all.add(
        article(
            "loner-chess",
            16,
            "Chess club crowns champion",
            "Young player Aiko Tanaka won the club chess championship with a queen sacrifice in"
                + " the final round, a game the club called brilliant."));
    return all;
  }

  static Article article(String id, int hour, String title, String text) {
    return new Article(
        id,
        null,
        null,
        title,
        Instant.parse("2026-03-12T00:00:00Z").plusSeconds(3600L * hour),
        text);
  }
}
