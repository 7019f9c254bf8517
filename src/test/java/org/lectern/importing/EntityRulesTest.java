package org.lectern.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** General entity rules, on invented names. */
class EntityRulesTest {

    static List<Module.EntityCount> find(String text) {
        return EntityFinder.find(text, List.of(), AcronymGlossary.find(text));
    }

    static Module.EntityCount e(String name, String type, int count) {
        return new Module.EntityCount(name, type, count);
    }

    @Test void aTitleMarksAPersonAndLaterSurnameMentionsFoldIntoTheFullName() {
        assertThat(find("Prime Minister Tomas Verhoeven spoke first. Later Verhoeven left the hall early."))
                .contains(e("Tomas Verhoeven", "person", 2));
    }

    @Test void aNameSeenOnceWithATitleCountsForLaterBareMentions() {
        assertThat(find("The talks were led by Foreign Minister Arvid Lindqvist in the spring. Arvid Lindqvist later returned home."))
                .contains(e("Arvid Lindqvist", "person", 2));
    }

    @Test void hyphenatedGivenNamesMarkEastAsianNamesWithoutATitle() {
        assertThat(find("The envoy met Pak Sung-hoon in the morning and they spoke for an hour."))
                .contains(e("Pak Sung-hoon", "person", 1));
    }

    @Test void spellingVariantsOfOneNameAreOnePerson() {
        assertThat(find("President Pak Sung-hoon arrived. Then Pak Sung Hoon gave a speech. Everyone listened to Pak."))
                .extracting(Module.EntityCount::name).containsOnlyOnce("Pak Sung-hoon").doesNotContain("Pak Sung Hoon", "Pak");
    }

    @Test void surnameFirstOrderIsTheSamePersonAsGivenNameFirst() {
        assertThat(find("Prime Minister Oda Haruki spoke. Later, the new cabinet of Haruki Oda met in the capital."))
                .contains(e("Oda Haruki", "person", 2));
    }

    @Test void anUntitledNameWhoseSurnameIsUsedAloneIsAPerson() {
        assertThat(find("The report was written by Marit Solberg in the winter. Solberg argued for reform."))
                .contains(e("Marit Solberg", "person", 2));
    }

    @Test void aCapitalisedVerbInATitleCaseLineIsNotPartOfTheName() {
        assertThat(find("Prime Minister Verhoeven Says Talks Will Resume")).extracting(Module.EntityCount::name)
                .contains("Verhoeven").doesNotContain("Verhoeven Says");
    }

    @Test void organisationsEndAtMonthNamesAndDates() {
        assertThat(find("He joined the Centre for Arctic Ocean Studies September last year as a fellow."))
                .extracting(Module.EntityCount::name).contains("Centre for Arctic Ocean Studies")
                .noneMatch(n -> n.contains("September"));
    }

    @Test void organisationHeadWordsFollowedByOfMakeTheWholeNameAnOrganisation() {
        assertThat(find("The Bank of Eldoria and the Democratic Party of Norland disagreed with the University of Westmark."))
                .extracting(Module.EntityCount::name, Module.EntityCount::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Bank of Eldoria", "organisation"),
                        org.assertj.core.groups.Tuple.tuple("Democratic Party of Norland", "organisation"),
                        org.assertj.core.groups.Tuple.tuple("University of Westmark", "organisation"));
    }

    @Test void twoOrganisationsJoinedByAndStayApart() {
        assertThat(find("Both the Harbour Times and the Valley Herald reported the story on the same day."))
                .extracting(Module.EntityCount::name).contains("Harbour Times", "Valley Herald");
    }

    @Test void anOrganisationFollowedByARoleIsCutAtTheHeadWord() {
        assertThat(find("She spoke to the Coastal Research Institute Director about the plan."))
                .extracting(Module.EntityCount::name).contains("Coastal Research Institute");
    }

    @Test void directionalPlaceNamesKeepTheirDirection() {
        assertThat(find("South Korea and North Korea met. South Korea later left.")).contains(e("South Korea", "place", 2), e("North Korea", "place", 1));
    }

    @Test void sentenceInitialFunctionWordsAreNotNames() {
        assertThat(find("However, Japan agreed. Meanwhile Brazil waited.")).extracting(Module.EntityCount::name)
                .containsExactlyInAnyOrder("Brazil", "Japan");
    }

    @Test void placesComeFromTheGazetteerWithAliases() {
        assertThat(find("The U.S. and the Republic of Korea signed a deal in Tokyo."))
                .contains(e("United States", "place", 1), e("South Korea", "place", 1), e("Tokyo", "place", 1));
    }

    @Test void aNameTheTextCallsAClubIsAnOrganisationNotAPerson() {
        assertThat(find("Dunmore Otters, a part-time club, reached the final on Saturday. Otters captain Tom Hale scored twice."))
                .contains(e("Dunmore Otters", "organisation", 1)).noneMatch(x -> x.name().equals("Dunmore Otters") && x.type().equals("person"));
    }

    @Test void aNameFollowedByAPluralVerbIsAnOrganisation() {
        assertThat(find("Harbury Swifts, who sit two divisions higher, lost at home. Swifts fans left early."))
                .noneMatch(x -> x.name().equals("Harbury Swifts") && x.type().equals("person"));
    }

    @Test void teamWordsEndOrganisationNames() {
        assertThat(find("The holders, Marston United, will meet Ashby Rovers in the final."))
                .contains(e("Marston United", "organisation", 1), e("Ashby Rovers", "organisation", 1));
    }

    @Test void aGeographicWordMakesAPlace() {
        assertThat(find("For years the River Tane has flooded the town. The Tane rose again in February near Mill Lane."))
                .contains(e("River Tane", "place", 1), e("Mill Lane", "place", 1)).noneMatch(x -> x.type().equals("person"));
    }

    @Test void aNameEndingInCityOrTownIsAPlaceNotAnOrganisationOrAPerson() {
        assertThat(find("Heavy rain flooded Mexico City and Kansas City on Monday. Kansas City police closed three bridges. "
                + "Cape Town sent engineers to help."))
                .contains(e("Mexico City", "place", 1), e("Kansas City", "place", 2), e("Cape Town", "place", 1));
    }
}
