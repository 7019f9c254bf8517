package org.lectern.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Acronym glossary rules, one per test, on small invented sentences. */
class GlossaryRulesTest {

    static Module.GlossaryEntry g(String term, String meaning) {
        return new Module.GlossaryEntry(term, meaning);
    }

    static List<Module.GlossaryEntry> find(String text) {
        return AcronymGlossary.find(text);
    }

    @Test void acronymWithADigitMatchesANumberWord() {
        assertThat(find("Leaders of the Group of Seven (G7) met in the spring.")).containsExactly(g("G7", "Group of Seven"));
    }

    @Test void aListedLongFormWhoseInitialsSpellTheAcronymBeatsAShorterOneMatchingInsideAWord() {
        assertThat(find("The measles, mumps and rubella (MMR) vaccine is an example.")).containsExactly(g("MMR", "measles, mumps and rubella"));
    }

    @Test void acronymEndingInADigitMatchesTheLastWord() {
        assertThat(find("The Northern Ports Four (NP4) signed a deal.")).containsExactly(g("NP4", "Northern Ports Four"));
    }

    @Test void hyphenatedMixedCaseAcronymMatchesAWordPrefixAndInitials() {
        assertThat(find("The Trilateral Chiefs of Defense (Tri-CHOD) meeting was held.")).containsExactly(g("Tri-CHOD", "Trilateral Chiefs of Defense"));
    }

    @Test void dottedAcronymIsKeptWithItsDots() {
        assertThat(find("Exports to the United Kingdom (U.K.) rose.")).containsExactly(g("U.K.", "United Kingdom"));
    }

    @Test void acronymFirstThenLongFormInParentheses() {
        assertThat(find("Officials of the WMO (World Meteorological Organization) agreed.")).containsExactly(g("WMO", "World Meteorological Organization"));
    }

    @Test void acronymWithADigitFirstThenLongForm() {
        assertThat(find("The G20 (Group of Twenty) summit ended.")).containsExactly(g("G20", "Group of Twenty"));
    }

    @Test void longFormWhoseInitialsDoNotMatchIsNotPaired() {
        assertThat(find("They visited the Centre for Ocean Policy (CSIS) and the harbour office (HQ) last week.")).isEmpty();
    }

    @Test void parenthesisedExplanationAfterAnAcronymIsNotALongForm() {
        assertThat(find("The NATO (which was founded long ago) summit ended.")).isEmpty();
    }

    @Test void capitalisedWordOrYearInParenthesesIsNotAnAcronym() {
        assertThat(find("The Harbour Authority of Paris (Paris) opened in the year (2024).")).isEmpty();
    }
}
