package dev.chorus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainContentExtractorTest {

  private final MainContentExtractor extractor = new MainContentExtractor();

  /** Three long paragraphs a reader would recognise as a story. */
  private static final String STORY =
      "<p>The town council voted five to two on Monday to fund repairs to the storm-damaged"
          + " pier, ending a debate that had run since the autumn storms.</p>"
          + "<p>Work is expected to start in April, the harbour master said, and the pier should"
          + " reopen to fishing boats, ferries and walkers before the summer season.</p>"
          + "<p>Opponents said the money, about 2.4 million euros, would have been better spent on"
          + " the sea wall, which also took damage during the same storms.</p>";

  private static final List<String> STORY_PARAGRAPHS =
      List.of(
          "The town council voted five to two on Monday to fund repairs to the storm-damaged pier,"
              + " ending a debate that had run since the autumn storms.",
          "Work is expected to start in April, the harbour master said, and the pier should reopen"
              + " to fishing boats, ferries and walkers before the summer season.",
          "Opponents said the money, about 2.4 million euros, would have been better spent on the"
              + " sea wall, which also took damage during the same storms.");

  private String extract(String html) {
    return extractor.extract(Jsoup.parse(html));
  }

  private static List<String> paragraphs(String text) {
    return List.of(text.split("\n\n"));
  }

  @Test
  void keeps_story_paragraphs_separated_by_blank_lines_and_drops_page_furniture() {
    String html =
        "<body><header><a href='/'>Ledger</a><nav><ul><li><a href='/'>Home</a></li>"
            + "<li><a href='/local'>Local</a></li></ul></nav></header>"
            + "<main><article><h1>Council approves pier repairs</h1>"
            + "<div class='byline'>By Ann Example</div>"
            + "<div class='story-body'>"
            + STORY
            + "</div>"
            + "<div class='share-tools'><a href='#'>Share on Facebook</a>"
            + " <a href='#'>Email</a></div>"
            + "</article>"
            + "<aside class='most-popular'><h2>Most Popular</h2><ol>"
            + "<li><a href='/a'>Gale warning issued for the outer bay through Saturday</a></li>"
            + "<li><a href='/b'>New food hall opens in the old cannery building</a></li>"
            + "</ol></aside></main>"
            + "<footer><p>© 2031 Ledger Media. All rights reserved.</p></footer></body>";

    assertThat(paragraphs(extract(html))).isEqualTo(STORY_PARAGRAPHS);
  }

  @Test
  void drops_captions_ads_and_related_links_inside_the_story() {
    String html =
        "<article><div class='content'>"
            + "<p>The town council voted five to two on Monday to fund repairs to the storm-damaged"
            + " pier, ending a debate that had run since the autumn storms.</p>"
            + "<figure><img src='pier.jpg'><figcaption>The damaged pier on Sunday. (Photo: Ann"
            + " Example/Ledger)</figcaption></figure>"
            + "<div class='ad-slot'>Advertisement</div>"
            + "<p>Work is expected to start in April, the harbour master said, and the pier should"
            + " reopen to fishing boats, ferries and walkers before the summer season.</p>"
            + "<div class='related-stories'><h3>Related</h3><ul>"
            + "<li><a href='/x'>Storm damage across the coast, in pictures</a></li>"
            + "<li><a href='/y'>What the storms cost the town last year</a></li></ul></div>"
            + "<p>Opponents said the money, about 2.4 million euros, would have been better spent"
            + " on the sea wall, which also took damage during the same storms.</p>"
            + "</div></article>";

    assertThat(paragraphs(extract(html))).isEqualTo(STORY_PARAGRAPHS);
  }

  @Test
  void social_embeds_are_dropped_by_default_and_kept_on_request() {
    String html =
        "<article>"
            + STORY
            + "<blockquote class='twitter-tweet'><p>Pier closed until April. https://t.co/abc</p>"
            + "— Town of Northport (@NorthportTown) March 4, 2031</blockquote>"
            + "<p>The council will publish the tender documents on its website next week, officials"
            + " said after the meeting on Monday evening.</p></article>";

    String dropped = extract(html);
    String kept =
        new MainContentExtractor(new MainContentExtractor.Options(true))
            .extract(Jsoup.parse(html));

    assertThat(dropped).doesNotContain("t.co", "@NorthportTown").contains("tender documents");
    assertThat(kept).contains("Pier closed until April. https://t.co/abc", "@NorthportTown");
  }

  @Test
  void headings_lists_and_line_breaks_inside_the_story_stay() {
    String html =
        "<div class='entry-content'>"
            + STORY
            + "<h2>What changes for ferries</h2>"
            + "<ul><li>Morning ferries leave from the north quay.</li>"
            + "<li>Evening ferries are suspended.</li></ul>"
            + "<p>Harbour office<br>12 Quay Street</p>"
            + "</div>";

    assertThat(paragraphs(extract(html)))
        .endsWith(
            "What changes for ferries",
            "Morning ferries leave from the north quay.",
            "Evening ferries are suspended.",
            "Harbour office\n12 Quay Street");
  }

  @Test
  void non_ascii_text_and_entities_survive_and_whitespace_collapses() {
    String html =
        "<article><p>Zoë   Fairweather   said the café&nbsp;would stay open — “for now,” she"
            + " added, while the ferry schedule is uncertain and the bridge stays closed.</p>"
            + "<p>日本語の段落も、そのまま残ります。読者が読む本文だからです。長い段落として扱われます。</p>"
            + "</article>";

    assertThat(paragraphs(extract(html)))
        .containsExactly(
            "Zoë Fairweather said the café\u00a0would stay open — “for now,” she added, while the"
                + " ferry schedule is uncertain and the bridge stays closed.",
            "日本語の段落も、そのまま残ります。読者が読む本文だからです。長い段落として扱われます。");
  }

  @Test
  void empty_and_script_only_pages_give_empty_text() {
    assertThat(extract("")).isEmpty();
    assertThat(extract("<html><body>  \n </body></html>")).isEmpty();
    assertThat(extract("<body><script>render()</script><style>p{}</style></body>")).isEmpty();
  }

  @Test
  void a_single_short_paragraph_is_kept() {
    assertThat(extract("<p>Council voted.</p>")).isEqualTo("Council voted.");
  }

  @Test
  void json_ld_article_body_is_used_when_the_page_renders_its_text_with_scripts() {
    String body = String.join(" ", STORY_PARAGRAPHS);
    String html =
        "<head><script type='application/ld+json'>{\"@context\": \"https://schema.org\","
            + " \"@type\": \"NewsArticle\", \"articleBody\": \""
            + body
            + "\"}</script></head><body><div id='app'>Loading…</div></body>";

    assertThat(extract(html)).isEqualTo(body);
  }

  @Test
  void json_ld_article_body_in_html_keeps_its_paragraphs() {
    String html =
        "<head><script type='application/ld+json'>{\"@type\": \"BlogPosting\","
            + " \"articleBody\": \"<p>"
            + String.join("</p><p>", STORY_PARAGRAPHS).replace("2.4", "2&#46;4")
            + "</p>\"}</script></head><body><div id='app'></div></body>";

    assertThat(paragraphs(extract(html))).isEqualTo(STORY_PARAGRAPHS);
  }

  @Test
  void does_not_modify_the_document_and_is_deterministic() {
    Document document = Jsoup.parse("<body><nav>Home</nav><article>" + STORY + "</article></body>");
    String before = document.outerHtml();

    String first = extractor.extract(document);
    String second = extractor.extract(document);

    assertThat(document.outerHtml()).isEqualTo(before);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void huge_and_deeply_nested_pages_are_handled() {
    StringBuilder html = new StringBuilder("<body>");
    for (int i = 0; i < 300; i++) {
      html.append("<div class='wrap'>");
    }
    for (int i = 0; i < 5_000; i++) {
      html.append("<p>Paragraph ")
          .append(i)
          .append(" of the long report, with enough words, commas, and detail to count.</p>");
    }
    html.append("</body>");

    List<String> paragraphs = paragraphs(extract(html.toString()));

    assertThat(paragraphs).hasSize(5_000);
    assertThat(paragraphs.get(4_999)).startsWith("Paragraph 4999 of the long report");
  }

  // #4: the example page with planted noise (examples/README.md lists every noise line).
  @Test
  void example_broadcaster_page_keeps_the_story_and_drops_the_planted_noise() throws IOException {
    Path root = Path.of(System.getProperty("chorus.root", ".."));
    Path page = root.resolve("examples/harbor-bridge-closure/03_broadcaster.html");
    Document document = Jsoup.parse(Files.readString(page));
    List<String> story =
        document.select("div.story-body > p").eachText().subList(0, 7);

    List<String> paragraphs = paragraphs(extractor.extract(document));

    assertThat(paragraphs.subList(0, 7)).isEqualTo(story);
    // The README's hard case: a station promo <p> inside the story body, after the tweet. It
    // looks like story text, so it stays; it is the only noise left.
    assertThat(paragraphs.subList(7, paragraphs.size()))
        .containsExactly(
            "Coastline 9 will carry the council meeting live on air and online. Check our Traffic"
                + " page for the latest on the detour.");
    String text = String.join("\n", paragraphs);
    for (String noise :
        List.of(
            "Home",
            "Local News",
            "Contact Us",
            "Weather Alert",
            "Advertisement",
            "By Elliot Marsh",
            "Published March 12",
            "Barricades block",
            "CLOSED to all traffic",
            "t.co",
            "pic.twitter.com",
            "@BrindlecoveGov",
            "Share on Facebook",
            "Email this story",
            "Most Popular",
            "Gale warning issued",
            "rowing title",
            "food hall",
            "missing kayaker",
            "Weekend events",
            "Load more",
            "Raw video",
            "First Alert Forecast",
            "See all Video",
            "About Coastline 9",
            "Privacy Policy",
            "Public Inspection File",
            "©")) {
      assertThat(text).as(noise).doesNotContain(noise);
    }
  }
}
