package org.lectern.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The cleaned result of each seed, imported together as one corpus. */
class SeedImportTest {

    static Map<String, Module> bySource = new TreeMap<>();

    @BeforeAll
    static void importSeeds() throws Exception {
        List<ArticleImporter.Source> sources = new ArrayList<>();
        for (Path f : ContentWriter.collectInputs(List.of(Path.of("seeds")))) {
            sources.add(new ArticleImporter.Source(f.getFileName().toString(), Files.readAllBytes(f)));
        }
        ArticleImporter.Batch batch = new ArticleImporter().importAll(sources, List.of());
        assertThat(batch.failures()).isEmpty();
        for (Module m : batch.modules()) bySource.put(m.sourceFile().substring(0, 3), m);
    }

    static List<String> headings(Module m) {
        return m.sections().stream().map(Module.Section::heading).filter(h -> !h.isEmpty()).toList();
    }

    @Nested
    class Seed000 {
        Module m() { return bySource.get("000"); }

        @Test void titleAndAuthor() {
            assertThat(m().title()).isEqualTo("The Way Forward to Build Up the Japan-South Korea Rapprochement");
            assertThat(m().authors()).containsExactly("Shihoko Goto");
            assertThat(m().kind()).isEqualTo(Module.Kind.article);
        }

        @Test void sectionTitlesBecomeHeadings() {
            assertThat(headings(m())).contains("Strategic Visits Bolster Trust", "Prospects for Economic Alliances",
                    "Japan and South Korea as Multilateral Partners", "The Way Forward for Japan-South Korea Relations")
                    .doesNotContain("Endnotes");
        }

        @Test void biographyDroppedMidSentenceMovesToAboutAuthorsAndTheSentenceIsRejoined() {
            assertThat(m().body()).contains("whether the political will between the two countries can remain strong and inspire broader optimism");
            assertThat(m().body()).doesNotContain("Vice President of Programs");
            assertThat(m().aboutAuthors()).singleElement().asString().startsWith("Shihoko Goto is Vice President of Programs");
        }

        @Test void sentencesSplitAcrossPageBreaksAreRejoined() {
            assertThat(m().body()).contains("on both sides, according to numerous public opinion polls")
                    .contains("misinterpretation of the deal by both sides. Indeed")
                    .contains("original Trans-Pacific Partnership (TPP) agreement")
                    .contains("in which Japan is already a member")
                    .contains("that vision can be expanded");
        }

        @Test void footnoteMarkersAreRemoved() {
            assertThat(m().body()).contains("challenges worldwide.\n").doesNotContainPattern("[⁰¹²³⁴⁵⁶⁷⁸⁹]");
        }

        @Test void endnotesBecomeCleanReferences() {
            assertThat(m().references()).hasSize(15);
            assertThat(m().references()).allSatisfy(r -> assertThat(r.text()).doesNotContain("<a", "href", "*"));
            Module.Reference mangled = m().references().get(9);
            assertThat(mangled.text()).isEqualTo("The White House, \"Implementing the United States-Japan Agreement,\" September 4, 2025.");
            assertThat(mangled.url()).isEqualTo("https://www.whitehouse.gov/presidential-actions/2025/09/implementing-the-united-states-japan-agreement/");
            assertThat(m().references().get(2).text()).startsWith("\"日韓関係、石破首相");
        }

        @Test void acronymsDefinedInTheTextFormTheGlossary() {
            assertThat(m().glossary()).contains(
                    new Module.GlossaryEntry("CPTPP", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership"),
                    new Module.GlossaryEntry("ASEAN", "Association of Southeast Asian Nations"),
                    new Module.GlossaryEntry("NATO", "North Atlantic Treaty Organization"),
                    new Module.GlossaryEntry("LDP", "Liberal Democratic Party"));
        }

        @Test void acronymsWithDigitsAreInTheGlossary() {
            assertThat(m().glossary()).contains(new Module.GlossaryEntry("G7", "Group of Seven"),
                    new Module.GlossaryEntry("IP4", "Indo-Pacific Four"));
        }

        @Test void isLinkedWithItsExecutiveSummary() {
            assertThat(m().related()).containsExactly(bySource.get("003").slug());
        }

        @Test void entitiesAreCounted() {
            assertThat(m().entities()).anySatisfy(e -> {
                assertThat(e.name()).isEqualTo("Japan");
                assertThat(e.type()).isEqualTo("place");
                assertThat(e.count()).isGreaterThan(50);
            });
            assertThat(m().entities()).extracting(Module.EntityCount::name).contains("Shanghai Cooperation Organization");
        }

        @Test void peopleAreFoundWithAndWithoutTitlesAndSurnameMentionsFoldIntoTheFullName() {
            assertThat(m().entities()).contains(new Module.EntityCount("Sanae Takaichi", "person", 8),
                    new Module.EntityCount("Shigeru Ishiba", "person", 4),
                    new Module.EntityCount("Democratic Party of Korea", "organisation", 2),
                    new Module.EntityCount("South Korea", "place", 46));
            assertThat(m().entities()).extracting(Module.EntityCount::name).doesNotContain("Ishiba", "Takaichi", "Korea");
        }
    }

    @Nested
    class Seed001 {
        Module m() { return bySource.get("001"); }

        @Test void titleAuthorsAndDateFromTheHeader() {
            assertThat(m().title()).isEqualTo("Redefining Republic of Korea-Japan Relations for a New Era");
            assertThat(m().authors()).containsExactly("Rintaro Nishimura", "Jinwan Park");
            assertThat(m().published()).isEqualTo("2025-09-27");
        }

        @Test void keyTakeawaysAreAHeadingWithABulletList() {
            assertThat(headings(m())).first().isEqualTo("Key Takeaways");
            assertThat(m().body()).contains("\n- South Korea and Japan have made historic strides")
                    .contains("U.S.\n- To sustain momentum");
        }

        @Test void hyphenatedKoreanNamesArePeopleAndNoOrganisationRunsOnIntoADate() {
            assertThat(m().entities()).contains(new Module.EntityCount("Lee Jae-myung", "person", 8),
                    new Module.EntityCount("Kim Dae-jung", "person", 2), new Module.EntityCount("Moon Jae-in", "person", 1));
            assertThat(m().entities()).extracting(Module.EntityCount::name)
                    .noneMatch(n -> n.matches(".*\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b.*"));
        }

        @Test void anAcronymWhoseLettersDoNotMatchThePrecedingWordsIsNotPaired() {
            // "Joint Chiefs of Staff (Tri-CHOD)": the long form of Tri-CHOD is not in the text.
            assertThat(m().glossary()).extracting(Module.GlossaryEntry::term).doesNotContain("Tri-CHOD");
        }

        @Test void tagsRelatedListAndBioAreNotInTheBody() {
            assertThat(m().body()).doesNotContain("#Japan", "Related Articles", "Rintaro Nishimura is");
        }

        @Test void theRepeatedBioSentenceAppearsOnce() {
            String bio = String.join(" ", m().aboutAuthors());
            assertThat(bio).startsWith("Rintaro Nishimura is a Senior Associate");
            assertThat(bio.split("Both also serve as Co-Founders", -1)).hasSize(2);
        }
    }

    @Nested
    class Seed002 {
        Module m() { return bySource.get("002"); }

        @Test void multiLineCapitalisedTitleAndByline() {
            assertThat(m().title()).isEqualTo("Recommitting to Japan-South Korea Cooperation amid Uncertainty");
            assertThat(m().authors()).containsExactly("Kristi Govella");
        }

        @Test void emptyTargetLinksAreReducedToTheirText() {
            assertThat(m().body()).contains("as the two leaders begin to engage.").doesNotContain("](#)");
        }

        @Test void pageBreakInsideASentenceIsRepaired() {
            assertThat(m().body()).contains("in the coming months under the Ishida and Lee administrations");
        }

        @Test void publisherDisclaimerIsRemovedAndNamesTheSource() {
            assertThat(m().body()).doesNotContain("represent the views");
            assertThat(m().source()).isEqualTo("PacNet");
        }

        @Test void bioAfterTheBylineMovesToAboutAuthors() {
            assertThat(m().aboutAuthors()).singleElement().asString().contains("Associate Professor of Japanese Politics");
            assertThat(m().body()).startsWith("As President Lee Jae-myung takes office");
            assertThat(m().glossary()).contains(new Module.GlossaryEntry("CSIS", "Center for Strategic and International Studies"));
        }

        @Test void surnameFirstNamesAfterATitleArePeople() {
            assertThat(m().entities()).contains(new Module.EntityCount("Kishida Fumio", "person", 1),
                    new Module.EntityCount("Chey Tae-won", "person", 1));
        }

        @Test void curlyQuotesSurvive() {
            assertThat(m().body()).contains("“to increase deal size and leverage greater buying power to secure lower prices.”");
        }
    }

    @Nested
    class Seed003 {
        Module m() { return bySource.get("003"); }

        @Test void landingPageIsASummaryOfTheFullArticleAndBothPointAtEachOther() {
            assertThat(m().kind()).isEqualTo(Module.Kind.summary);
            assertThat(m().related()).containsExactly(bySource.get("000").slug());
            assertThat(m().slug()).isNotEqualTo(bySource.get("000").slug());
            assertThat(m().published()).isEqualTo("2025-12-15");
        }

        @Test void siteChromeAndPdfViewerNoticesAreGone() {
            assertThat(m().body()).doesNotContain("Search All Site Content", "Subscribe", "Mailing List", "Download PDF",
                    "does not support PDFs", "Total Index", "premier journal");
        }

        @Test void headingsAndBullets() {
            assertThat(headings(m())).containsExactly("Executive Summary", "Policy Recommendation", "Conclusion");
            assertThat(m().body()).contains("should include:\n\n- Developing economic alliances");
            assertThat(m().glossary()).extracting(Module.GlossaryEntry::term).contains("CPTPP", "FDI", "FOIP");
        }
    }

    @Nested
    class Seed004 {
        Module m() { return bySource.get("004"); }

        @Test void paywallTeaserIsAnExcerpt() {
            assertThat(m().kind()).isEqualTo(Module.Kind.excerpt);
            assertThat(m().body()).endsWith("Cooperation that takes root under this…").doesNotContain("....");
        }

        @Test void titleDateAndSource() {
            assertThat(m().title()).isEqualTo("Are Japan and South Korea Poised for a Historic Breakthrough?");
            assertThat(m().published()).isEqualTo("2025-12-19");
            assertThat(m().source()).isEqualTo("Foreign Affairs");
        }

        @Test void cookieNoticeMenuAndShareCountersAreGone() {
            assertThat(m().body()).startsWith("When the leaders of China, Japan, and South Korea last met")
                    .doesNotContain("cookies", "menu_open", "34 1", "©");
        }
    }

    @Test void everySeedHasReadingStatistics() {
        for (Module m : bySource.values()) {
            assertThat(m.words()).isPositive();
            assertThat(m.readingMinutes()).isEqualTo((m.words() + 237) / 238);
            assertThat(m.gradeLevel()).isBetween(5.0, 25.0);
        }
    }
}
