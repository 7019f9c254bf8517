package org.lectern.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One general cleaning rule per test, on small inputs. */
class CleaningRulesTest {

    static final String PROSE = "The committee met on Tuesday to discuss the annual budget and the new proposals for the park.";

    static Module importText(String text) {
        return ((ArticleImporter.Imported) new ArticleImporter().importOne("a.txt", text.getBytes(StandardCharsets.UTF_8))).module();
    }

    @Test void bylineGivesAuthorsAndTheLineAboveIsTheTitle() {
        Module m = importText("Rivers of the North\n\nBy Ann Lee and Bo Chan\n\n" + PROSE + "\n\n" + PROSE.replace("park", "river"));
        assertThat(m.title()).isEqualTo("Rivers of the North");
        assertThat(m.authors()).containsExactly("Ann Lee", "Bo Chan");
        assertThat(m.body()).doesNotContain("By Ann");
    }

    @Test void aWritersTitleAfterTheirNameIsNoSecondAuthor() {
        assertThat(MetadataExtractor.byline("By Dan Prescott, Local Democracy Reporter")).containsExactly("Dan Prescott");
        assertThat(MetadataExtractor.byline("By Ann Lee, Senior Fellow, and Bo Chan")).containsExactly("Ann Lee", "Bo Chan");
        assertThat(MetadataExtractor.byline("By Ann Lee, Bo Chan")).containsExactly("Ann Lee", "Bo Chan");
    }

    @Test void bylineWithADateIsParsedAsNamesAndDate() {
        assertThat(MetadataExtractor.byline("By Maren Holt February 14, 2024")).containsExactly("Maren Holt");
        assertThat(MetadataExtractor.bylineDate("By Maren Holt February 14, 2024")).contains("2024-02-14");
        assertThat(MetadataExtractor.byline("By Ann Lee and Bo Chan | 3 March 2021, 10:30 GMT")).containsExactly("Ann Lee", "Bo Chan");
        assertThat(MetadataExtractor.byline("Published Monday, March 3, 2021 · By Ann Lee")).containsExactly("Ann Lee");
        assertThat(MetadataExtractor.bylineDate("By Ann Lee on 2021-03-03")).contains("2021-03-03");
        assertThat(MetadataExtractor.byline("By the end of 2021 the river had risen")).isEmpty();
        assertThat(MetadataExtractor.byline("Updated 5 March 2025")).isEmpty();
    }

    @Test void bylineIsNeverAHeadingWhereverItIsNearTheTop() {
        String body = PROSE + "\n\n" + PROSE.replace("park", "river");
        for (String text : List.of(
                "Rivers of the North\n\nBy Ann Lee February 14, 2024\n\n" + body,
                "By Ann Lee February 14, 2024\n\nRivers of the North\n\n" + body,
                "Rivers of the North\n\nNews\n\nBy Ann Lee, 14 February 2024\n\n" + body,
                "Rivers of the North\n\n" + PROSE + "\n\nBy Ann Lee | February 14, 2024\n\n" + PROSE.replace("park", "river"))) {
            Module m = importText(text);
            assertThat(m.body()).as(text).doesNotContain("By Ann", "Ann Lee", "2024");
            assertThat(m.authors()).as(text).containsExactly("Ann Lee");
            assertThat(m.published()).as(text).isEqualTo("2024-02-14");
            assertThat(m.title()).as(text).isEqualTo("Rivers of the North");
        }
    }

    @Test void bylineInAnHtmlPageIsNeverAHeading() {
        String html = "<html><head><title>Rivers of the North</title><meta name=author content=\"Ann Lee\"></head><body><article>"
                + "<h1>Rivers of the North</h1><div class=meta><span class=byline>By <a rel=author href=/a>Ann Lee</a></span> "
                + "<time datetime=2024-02-14>February 14, 2024</time></div><p>" + PROSE + "</p><p>" + PROSE.replace("park", "river")
                + "</p><h2>What comes next</h2><p>" + PROSE.replace("park", "harbour") + "</p></article></body></html>";
        Module m = ((ArticleImporter.Imported) new ArticleImporter().importOne("a.html", html.getBytes(StandardCharsets.UTF_8))).module();
        assertThat(m.body()).doesNotContain("By Ann", "Ann Lee", "February 14").startsWith("The committee met").contains("## What comes next");
        assertThat(m.authors()).containsExactly("Ann Lee");
        assertThat(m.published()).isEqualTo("2024-02-14");
    }

    @Test void datesInManyFormatsBecomeIso() {
        assertThat(MetadataExtractor.dateLine("Published March 3, 2024")).contains("2024-03-03");
        assertThat(MetadataExtractor.dateLine("3 March 2024")).contains("2024-03-03");
        assertThat(MetadataExtractor.dateLine("03.04.2024")).contains("2024-04-03");
        assertThat(MetadataExtractor.dateLine("2024-03-03T10:00:00Z")).contains("2024-03-03");
        assertThat(MetadataExtractor.dateLine("Sept. 9, 2024")).contains("2024-09-09");
        assertThat(MetadataExtractor.dateLine("The meeting of March 3, 2024 was long and tiring for all")).isEmpty();
    }

    @Test void genericBoilerplateIsRecognised() {
        assertThat(Boilerplate.isBoilerplate("We use cookies to improve your experience")).isTrue();
        assertThat(Boilerplate.isBoilerplate("Sign up for our newsletter to get updates")).isTrue();
        assertThat(Boilerplate.isBoilerplate("Share this article")).isTrue();
        assertThat(Boilerplate.isBoilerplate("12 3")).isTrue();
        assertThat(Boilerplate.isBoilerplate("Download the PDF")).isTrue();
        assertThat(Boilerplate.isBoilerplate("Example Review essays represent the views of their authors.")).isTrue();
        assertThat(Boilerplate.isBoilerplate("Bakers use cookies, cakes and bread to attract customers to their shops in winter "
                + "when the streets are quiet and the evenings are long and everyone wants something warm to eat and "
                + "drink on the way home from work.")).isFalse();
    }

    @Test void relatedListAtTheEndIsDropped() {
        Module m = importText("A Title Here\n\n" + PROSE + "\n\nRelated Articles\n\nAnother story\n\nYet another story");
        assertThat(m.body()).isEqualTo(PROSE);
    }

    @Test void paragraphSplitMidSentenceIsRejoined() {
        List<Block> out = PageBreakRepair.repair(List.of(Block.paragraph("The results were clear, according"),
                Block.paragraph("to the survey published last year.")));
        assertThat(out).containsExactly(Block.paragraph("The results were clear, according to the survey published last year."));
    }

    @Test void aStandfirstInEmphasisAQuotedLineOrAnEquationIsNotRunIntoTheNextParagraph() {
        assertThat(PageBreakRepair.repair(List.of(Block.paragraph("*Councillors back the plan for eighteen more years, but impose strict limits on noise*"),
                Block.paragraph("A plan to extend the works was approved on Tuesday night.")))).hasSize(2);
        assertThat(PageBreakRepair.repair(List.of(Block.paragraph("> Efficiency = heat delivered ÷ electricity used by the pump"),
                Block.paragraph("Suppose a pump delivers four units of heat for each unit of electricity.")))).hasSize(2);
        assertThat(PageBreakRepair.repair(List.of(Block.paragraph("Speed of the wave at the surface = distance travelled ÷ time taken"),
                Block.paragraph("Suppose a wave travels ten metres in two seconds.")))).hasSize(2);
    }

    @Test void wordHyphenatedAcrossABreakIsRejoined() {
        assertThat(PageBreakRepair.join("the long process of recon-", "ciliation began")).isEqualTo("the long process of reconciliation began");
    }

    @Test void finishedParagraphsStaySeparate() {
        assertThat(PageBreakRepair.repair(List.of(Block.paragraph("One."), Block.paragraph("Two.")))).hasSize(2);
    }

    @Test void footnoteMarkersGluedToWordsAreRemovedButExponentsStay() {
        assertThat(FootnoteMarkers.strip("both sides.⁹ Then word¹² and claim[3] here")).isEqualTo("both sides. Then word and claim here");
        assertThat(FootnoteMarkers.strip("an area of 5 km² in size")).isEqualTo("an area of 5 km² in size");
    }

    @Test void emptyTargetLinksAreReducedToText() {
        Module m = importText("A Title Here\n\nThey [began talks](#) and [met](https://example.org) again in the spring of that year after the storm.");
        assertThat(m.body()).contains("They began talks and [met](https://example.org) again");
    }

    @Test void biographyInterruptingASentenceMovesOutAndTheSentenceIsRejoined() {
        Module m = importText("A Title Here\n\nBy Jane Roe\n\nThe long debate about the future of the harbour between the two towns\n\n"
                + "Jane Roe is a Senior Fellow at the Institute of Coastal Studies. She writes about ports.\n\n"
                + "went on for years before the council finally agreed on a plan.");
        assertThat(m.aboutAuthors()).containsExactly("Jane Roe is a Senior Fellow at the Institute of Coastal Studies. She writes about ports.");
        assertThat(m.body()).isEqualTo("The long debate about the future of the harbour between the two towns went on for years before the council finally agreed on a plan.");
    }

    @Test void repeatedSentenceIsKeptOnce() {
        Module m = importText("A Title Here\n\nThe bridge opened in May after three years of work. The bridge opened in May after three years of work. Traffic improved at once.");
        assertThat(m.body()).isEqualTo("The bridge opened in May after three years of work. Traffic improved at once.");
    }

    @Test void shortTitleCaseLinesBecomeHeadingsAndBulletsBecomeLists() {
        Module m = importText("A Title Here\n\n" + PROSE + "\n\nWhat Comes Next\n\nThe plan has parts:\n\n• First part of the plan\n• Second part of the plan\n\n" + PROSE.replace("park", "zoo"));
        assertThat(m.body()).contains("## What Comes Next\n\nThe plan has parts:\n\n- First part of the plan\n- Second part of the plan\n\n");
    }

    @Test void trailingDotsMeanAnExcerpt() {
        Module m = importText("A Title Here\n\n" + PROSE + "\n\nThe rest of the story is only for subscribers who........");
        assertThat(m.kind()).isEqualTo(Module.Kind.excerpt);
        assertThat(m.body()).endsWith("subscribers who…");
    }

    @Test void acronymsAreMatchedToTheirLongForms() {
        List<Module.GlossaryEntry> g = AcronymGlossary.find("The World Health Organization (WHO) and the European Central Bank (ECB) met. "
                + "Officials of the IMF (International Monetary Fund) agreed. The plan (PLAN) had cost (USD) rules.");
        assertThat(g).containsExactly(new Module.GlossaryEntry("ECB", "European Central Bank"),
                new Module.GlossaryEntry("IMF", "International Monetary Fund"),
                new Module.GlossaryEntry("WHO", "World Health Organization"));
    }

    @Test void entitiesAreTypedAndShortMentionsCountTowardsTheFullName() {
        List<Module.EntityCount> e = EntityFinder.find("President Maria Santos visited Brazil. Santos met the Ministry of Health in Brasília. "
                + "Later Santos flew to France.", List.of(), List.of());
        assertThat(e).contains(new Module.EntityCount("Maria Santos", "person", 3), new Module.EntityCount("Brazil", "place", 1),
                new Module.EntityCount("Ministry of Health", "organisation", 1), new Module.EntityCount("France", "place", 1));
    }

    @Test void endnotesAreCleanedToTextAndUrl() {
        Module.Reference r = References.parse("- ³ A. Writer, \"A Paper,\" *Journal*, 2024, <a href=\"https://ex.org/p#:~:text=x <a href=").orElseThrow();
        assertThat(r).isEqualTo(new Module.Reference("A. Writer, \"A Paper,\" Journal, 2024.", "https://ex.org/p"));
    }

    @Test void readingTimeAndGradeLevel() {
        assertThat(Readability.readingMinutes(238)).isEqualTo(1);
        assertThat(Readability.readingMinutes(239)).isEqualTo(2);
        assertThat(Readability.gradeLevel("The cat sat on the mat.")).isLessThan(3.0);
        assertThat(Readability.gradeLevel("Institutionalized multilateral cooperation necessitates comprehensive organizational coordination."))
                .isGreaterThan(15.0);
    }

    @Test void windows1252IsDetectedAndCurlyQuotesSurvive() throws Exception {
        String text = "Caf\u00e9 \u201cquoted\u201d text \u2014 na\u00efve r\u00e9sum\u00e9 and more words for the detector to see.";
        assertThat(TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")))).isEqualTo(text);
    }

    @Test void utf16WithByteOrderMarkIsDecoded() throws Exception {
        String text = "Caf\u00e9 \u201cquoted\u201d \u65e5\u672c";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertThat(TextDecoder.decode(withBom)).isEqualTo(text);
        assertThat(TextDecoder.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE))).isEqualTo(text);
    }

    @Test void slugsAreAsciiAndNonLatinTitlesAreTransliterated() {
        assertThat(Slugger.slug("Café Society: A “Review”", "x.txt")).isEqualTo("cafe-society-a-review");
        assertThat(Slugger.slug("東京", "x.txt")).isEqualTo("dong-jing");
        assertThat(Slugger.slug("", "notes-2024.txt")).isEqualTo("notes-2024");
    }

    @Test void shorterTextContainedInAnotherIsASummaryAndBothAreLinked() {
        StringBuilder longText = new StringBuilder("Harbour Plans\n\n");
        for (int i = 0; i < 12; i++) longText.append("Paragraph ").append(i).append(" explains how the harbour project number ").append(i)
                .append(" changed the town and its people over many years of hard work.\n\n");
        String shortText = "Harbour Plans in Brief\n\nParagraph 3 explains how the harbour project number 3 changed the town and its people over many years of hard work.";
        ArticleImporter.Batch b = new ArticleImporter().importAll(List.of(
                new ArticleImporter.Source("long.txt", longText.toString().getBytes(StandardCharsets.UTF_8)),
                new ArticleImporter.Source("short.txt", shortText.getBytes(StandardCharsets.UTF_8))), List.of());
        Module lng = b.modules().get(0), shrt = b.modules().get(1);
        assertThat(shrt.kind()).isEqualTo(Module.Kind.summary);
        assertThat(lng.kind()).isEqualTo(Module.Kind.article);
        assertThat(shrt.related()).containsExactly(lng.slug());
        assertThat(lng.related()).containsExactly(shrt.slug());
    }

    @Test void importIsDeterministic() {
        String text = "A Title Here\n\nBy Jane Roe\n\n" + PROSE + " The United Nations (UN) agreed.";
        assertThat(ModuleFile.render(importText(text))).isEqualTo(ModuleFile.render(importText(text)));
    }
}
