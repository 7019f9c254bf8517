package org.lectern.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HTML extraction on hand-made saved pages modelled on common real layouts (src/test/resources/html):
 * the article's passages are kept, page chrome is dropped, and title, authors and date come from the
 * page's metadata.
 */
class RealisticPagesTest {

    record Page(String file, String title, List<String> authors, String published, List<String> keep, List<String> drop) {
        @Override public String toString() { return file; }
    }

    static Stream<Page> pages() {
        return Stream.of(
                new Page("news-article-sidebar.html", "Ferry Operators Face New Safety Rules After Winter Storms", List.of("Maren Holt"), "2024-02-14",
                        List.of("Ferry operators on the northern routes will have to carry extra life rafts", "## What changes for passengers",
                                "would consider grants for the smallest companies."),
                        List.of("Most read", "Council approves plan", "Advertisement", "Skip to content", "All rights reserved", "Photo: Staff",
                                "Subscribe", "Transport\n", "By Maren Holt", "Maren Holt", "February 14, 2024", "## By")),
                new Page("wordpress-blog-comments.html", "Why I Switched to Growing Heritage Tomatoes", List.of("Edith Marsh"), "2023-07-09",
                        List.of("For ten years I grew the same supermarket hybrid tomatoes", "## Saving my own seed",
                                "what has done well for them in past years."),
                        List.of("lost nearly all of them to blight", "small greenhouse", "Leave a Reply", "Recent Posts", "Previous post",
                                "Proudly powered", "Posted in", "thoughts on")),
                new Page("thinktank-div-soup.html", "Water Sharing on the Upper Delta: Options for a Regional Compact", List.of("Tobias Wren"),
                        "2022-11-03",
                        List.of("Three countries draw water from the upper delta", "Option one: fixed percentages",
                                "fund an independent network of river gauges"),
                        List.of("Energy Transitions", "Donate", "Search this site", "Groundwater in the Coastal Plain", "Canal Street")),
                new Page("split-sibling-divs.html", "The Night Trains Are Coming Back", List.of("Sofia Lindgren"), "2021-09-30",
                        List.of("Ten years ago the last sleeper service", "Running a night train is not cheap.",
                                "Governments have started to help.", "Whether the revival lasts will depend on reliability."),
                        List.of("Listen: our podcast", "Advertisement", "About us", "Shop")),
                new Page("related-links-list.html", "How a Small Town Library Became a Climate Shelter", List.of("Priya Natarajan"), "2023-08-21",
                        List.of("When the heat wave arrived in late July", "Other towns in the region are now copying the idea."),
                        List.of("More from Civic Notes", "car park into a vegetable garden", "walking bus", "Support us")),
                new Page("jsonld-opengraph.html", "Orchard Growers Turn to Owls to Control Voles", List.of("Hana Kovac", "Luis Ortega"), "2025-03-04",
                        List.of("Apple growers in the hill country have put up more than two hundred nest boxes",
                                "although they caution that a mild winter may also have helped."),
                        List.of("Livestock", "Updated 5 March 2025")),
                new Page("cookie-banner-in-body.html", "The Quiet Return of the Public Telephone Box", List.of("Oskar Brandt"), "2022-05-17",
                        List.of("For a decade, the red and grey telephone boxes", "they occupy a spot that everyone in the neighbourhood knows."),
                        List.of("842 partners", "We value your privacy", "MORE OPTIONS", "AGREE", "Cities")),
                new Page("newsletter-share-inline.html", "Glacier Guides Retrain as the Ice Retreats", List.of("Anja Keller"), "2024-10-02",
                        List.of("For thirty years, the guides of the valley", "Instead, the guides are learning new skills.",
                                "even if the glacier that made their trade is disappearing."),
                        List.of("Mountain Post briefing", "Sign up", "inbox", "Share on Facebook", "Share this article", "WhatsApp", "1.2k")),
                new Page("table-layout.html", "Restoring an Old Windmill", List.of("Walter Pym"), "2009-06-03",
                        List.of("The windmill on the ridge had not turned since the war", "The hardest job was the cap",
                                "to help pay for next year's work."),
                        List.of("Members", "Sponsored by", "Ridge Timber", "Webmaster", "Heritage Crafts Society", "by Walter Pym")));
    }

    static Module importPage(String file) throws Exception {
        try (InputStream in = RealisticPagesTest.class.getResourceAsStream("/html/" + file)) {
            ArticleImporter.ImportOutcome o = new ArticleImporter().importOne(file, in.readAllBytes());
            assertThat(o).as(o.toString()).isInstanceOf(ArticleImporter.Imported.class);
            return ((ArticleImporter.Imported) o).module();
        }
    }

    @ParameterizedTest @MethodSource("pages")
    void articlePassagesAreKept(Page p) throws Exception {
        assertThat(importPage(p.file()).body()).contains(p.keep());
    }

    @ParameterizedTest @MethodSource("pages")
    void pageChromeIsDropped(Page p) throws Exception {
        assertThat(importPage(p.file()).body()).doesNotContain(p.drop());
    }

    @ParameterizedTest @MethodSource("pages")
    void titleAuthorsAndDateComeFromTheMetadata(Page p) throws Exception {
        Module m = importPage(p.file());
        assertThat(m.title()).isEqualTo(p.title());
        assertThat(m.authors()).isEqualTo(p.authors());
        assertThat(m.published()).isEqualTo(p.published());
    }
}
