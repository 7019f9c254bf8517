package org.lectern.importing.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentence boundaries at abbreviations: an abbreviation's full stop ends a sentence only when a new sentence follows. */
class AbbreviationSplitTest {

    @Test
    void clockTimesDoNotEndASentence() {
        assertThat(Nlp.sentences("The pool is open from 8 a.m. to 7 p.m. Tuesday to Sunday and from 9 a.m. to 1 p.m. on holidays. Entry is free."))
                .containsExactly("The pool is open from 8 a.m. to 7 p.m. Tuesday to Sunday and from 9 a.m. to 1 p.m. on holidays.", "Entry is free.");
        assertThat(Nlp.sentences("Anyone who has driven home at 6 p.m. knows the traffic is slow."))
                .containsExactly("Anyone who has driven home at 6 p.m. knows the traffic is slow.");
    }

    @Test
    void aClockTimeAtTheEndOfASentenceStillEndsIt() {
        assertThat(Nlp.sentences("The meeting ended at 5 p.m. Nobody stayed late."))
                .containsExactly("The meeting ended at 5 p.m.", "Nobody stayed late.");
    }

    @Test
    void titlesAndInitialsDoNotEndASentence() {
        assertThat(Nlp.sentences("Prof. Ines Walde and Mr. Tomas Berg met J. K. Oduya at No. 7 Hill Road. They talked."))
                .containsExactly("Prof. Ines Walde and Mr. Tomas Berg met J. K. Oduya at No. 7 Hill Road.", "They talked.");
        assertThat(Nlp.sentences("A study by Dr. Mara Lind found it. Dr. Lind warns it is slow."))
                .containsExactly("A study by Dr. Mara Lind found it.", "Dr. Lind warns it is slow.");
    }

    @Test
    void latinAbbreviationsDoNotEndASentenceButEtcCan() {
        assertThat(Nlp.sentences("Some fruit, e.g. apples, i.e. the red ones, etc. are sold here."))
                .containsExactly("Some fruit, e.g. apples, i.e. the red ones, etc. are sold here.");
        assertThat(Nlp.sentences("They sold pens, paper, etc. The shop closed."))
                .containsExactly("They sold pens, paper, etc.", "The shop closed.");
    }

    @Test
    void dottedCountryAbbreviationsEndASentenceOnlyBeforeASentenceStart() {
        assertThat(Nlp.sentences("The U.S. Senate agreed with U.K. officials."))
                .containsExactly("The U.S. Senate agreed with U.K. officials.");
        assertThat(Nlp.sentences("He moved to the U.S. The next year he left."))
                .containsExactly("He moved to the U.S.", "The next year he left.");
    }
}
