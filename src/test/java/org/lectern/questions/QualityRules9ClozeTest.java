package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lectern.questions.Fixtures.context;
import static org.lectern.questions.Fixtures.sentence;
import static org.lectern.questions.Fixtures.term;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/**
 * Cloze faults the blind reviews kept finding: a common noun phrase blanked in an ordinary sentence, where other
 * fills fit ("ban" for "public order", "views" for "perceptions"); a bare head accepted where the sentence asks for a
 * name ("clause" after "the so-called"), or an adjective after its noun accepted alone ("general"); an organisation's
 * full name not accepted for its short one; a noun and its verb blanked ("scale holds", "extraction ends"); and a
 * figure in a sentence whose subject is in the sentence before. Invented texts, one behaviour per test.
 */
class QualityRules9ClozeTest {

    private static Candidate cloze(Context ctx, String answer) {
        return ClozeBuilder.build(ctx).stream().filter(c -> c.question().answer().equals(answer)).findFirst().orElseThrow();
    }

    @Test
    void aCommonNounPhraseInAnOrdinarySentenceIsWeak() {
        Context ctx = context("Skating", "The council introduced a public order after complaints about noise. "
                + "The public order was renewed in 2020. Skaters say the public order is unfair.");
        assertThat(ClozeBuilder.build(ctx)).filteredOn(c -> c.question().answer().equals("public order"))
                .isNotEmpty().allMatch(Candidate::weak);
    }

    @Test
    void aCommonNounPhraseTheSentenceNamesOrDefinesIsNotWeak() {
        Context ctx = context("Groundwater", "As fresh water is drawn down, salt water moves inland, a process called saltwater intrusion. "
                + "Saltwater intrusion has ruined wells along the coast.");
        Sentence s = sentence(ctx, "As fresh");
        assertThat(ClozeBuilder.unpinned(s, term(s, "saltwater intrusion", "phrase"))).isFalse();
        Context other = context("Groundwater", "Farmers worry about saltwater intrusion near the coast. Saltwater intrusion has ruined wells.");
        Sentence o = sentence(other, "Farmers");
        assertThat(ClozeBuilder.unpinned(o, term(o, "saltwater intrusion", "phrase"))).isTrue();
    }

    @Test
    void afterSoCalledTheBareHeadIsNotAccepted() {
        Context ctx = context("Power", "Halvaria invoked Article 9 of the treaty, the so-called emergency clause, in January. "
                + "The emergency clause lets either side cut exports. The clause was used twice.");
        Candidate c = cloze(ctx, "emergency clause");
        assertThat(c.question().accepted()).contains("emergency clause").doesNotContain("clause", "the clause");
    }

    @Test
    void anAdjectiveAfterItsNounIsNotAcceptedAlone() {
        Context ctx = context("Post", "Elsbeth Kroll became the city's postmaster general in 1972. "
                + "The postmaster general ran the tube network.");
        Sentence s = sentence(ctx, "Elsbeth");
        List<String> acc = ClozeBuilder.withHead(ctx, s, term(s, "postmaster general", "phrase"), ClozeBuilder.variants(ctx, "postmaster general"));
        assertThat(acc).contains("postmaster general").doesNotContain("general");
    }

    /** An invented article whose importer found these named entities (the organisations a cloze may accept in full). */
    private static Context withEntities(String title, String body, Module.EntityCount... entities) {
        Module m = new Module("t", title, List.of("Ada Lowe"), "t.txt", "Test Source", "2024-01-01", Module.Kind.article, List.of(),
                body.split("\\s+").length, 2, 10.0, List.of(), List.of(entities), List.of(), List.of(), body);
        return new Context(m, List.of(m));
    }

    @Test
    void anOrganisationsFullNameIsAcceptedForItsShortName() {
        String body = "The committee approved the application from Halden Aggregates Ltd on Tuesday. "
                + "Halden has agreed to plant new hedges. Halden argued that the stone was needed for roads.";
        Context ctx = withEntities("Quarry", body, new Module.EntityCount("Halden Aggregates Ltd", "organisation", 1));
        assertThat(ClozeBuilder.variants(ctx, "Halden")).contains("Halden Aggregates Ltd", "Halden Aggregates");
    }

    @Test
    void aFirmNamedAfterPartnersOrABodyNamedAfterItsPlaceIsNotAcceptedForTheShortName() {
        String body = "Mundy & Pike Pencil Company was founded in 1890. Mundy knew the trade; Pike had the money. "
                + "Castleby District Council met on Monday. Dan lives in Castleby with his family.";
        Context ctx = withEntities("Pencils", body, new Module.EntityCount("Mundy & Pike Pencil Company", "organisation", 1), new Module.EntityCount("Castleby District Council", "organisation", 1));
        assertThat(ClozeBuilder.variants(ctx, "Mundy")).doesNotContain("Mundy & Pike Pencil Company");
        assertThat(ClozeBuilder.variants(ctx, "Castleby")).doesNotContain("Castleby District Council");
    }

    @Test
    void aGroupNamedAfterAPlaceIsNotAcceptedForThePlace() {
        String body = "The depot in Dunmere closes in March. Dunmere has had a depot since 1932, and buses leave Dunmere every ten minutes. "
                + "The Dunmere Bus Users' Group said it was taking legal advice.";
        Context ctx = withEntities("Depot", body, new Module.EntityCount("Dunmere Bus Users' Group", "organisation", 1), new Module.EntityCount("Dunmere", "place", 3));
        assertThat(ClozeBuilder.variants(ctx, "Dunmere")).doesNotContain("Dunmere Bus Users' Group");
    }

    @Test
    void aNounAndItsVerbBeforeAQuotationIsNoTerm() {
        Context ctx = context("Sleep", "When one side of the scale holds \"large benefits\" and the other holds \"none\", the choice is easy.");
        Sentence s = sentence(ctx, "When one");
        assertThat(ClozeBuilder.nounThenVerb(s, term(s, "scale holds", "compound"))).isTrue();
    }

    @Test
    void aNounAndItsVerbAfterAfterIsNoTerm() {
        Context ctx = context("Quarry", "After extraction ends, the site must be turned into wetland within three years.");
        Sentence s = sentence(ctx, "After");
        assertThat(ClozeBuilder.nounThenVerb(s, term(s, "extraction ends", "compound"))).isTrue();
    }

    @Test
    void aNounAndAParticipleIsNoCompound() {
        Context ctx = context("Heaters", "The recall covers a white oil-filled model sold between September and March.");
        Sentence s = sentence(ctx, "The recall");
        assertThat(ClozeBuilder.compounds(ctx, s)).noneMatch(k -> k.text().equals("model sold"));
    }

    @Test
    void aFigureWhoseSubjectIsInTheSentenceBeforeIsWeak() {
        Context ctx = context("Factory", "Brightwell Foods will shut its bakery in Leeds next spring. "
                + "The closure will affect about 320 jobs. The company employs 4,100 people in Britain.");
        assertThat(ClozeBuilder.opensOnEarlierNoun(ctx, "The closure will affect about 320 jobs.")).isTrue();
        assertThat(ClozeBuilder.opensOnEarlierNoun(ctx, "Councillor Jane Hale said the decision was about fairness.")).isFalse();
    }
}
