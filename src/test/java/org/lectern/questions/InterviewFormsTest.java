package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/** An interview is read the same whether its questions are bold paragraphs or headings (as a bare file imports). */
class InterviewFormsTest {

    static final String BOLD = """
            Mara Lind has kept bees on the roofs of Corran for nine years. Her company now looks after forty hives in the city centre. We asked her about the work.

            **How many bees live in one hive?**

            In summer a strong hive holds about 50,000 bees. In winter the number falls to around 10,000, because the old workers die and the queen lays fewer eggs.

            **Why do city roofs suit bees?**

            Cities are warmer than the countryside, and parks and gardens flower for most of the year. Farmland often offers one crop that flowers for only three weeks.

            **What does the honey taste like?**

            Every roof gives a different honey. The hives near the botanic garden make a dark honey, while the hives by the river make a light one.

            **What should a new beekeeper do first?**

            Join a local club and spend a season helping someone else. New beekeepers should also buy a good veil, because a sting near the eye is dangerous.
            """;

    static Module module(String slug, String body) {
        return Fixtures.module(slug, "Bees on the Roof", List.of("Ola Berg"), Module.Kind.article, List.of(), body);
    }

    @Test
    void questionHeadingsMakeAnInterviewLikeBoldQuestionLines() {
        String headed = BOLD.replaceAll("\\*\\*(.+\\?)\\*\\*", "## $1");
        Module bold = module("bees-bold", BOLD), heads = module("bees-headed", headed);
        Context a = new Context(bold, List.of(bold)), b = new Context(heads, List.of(heads));
        assertThat(a.speaker).isEqualTo("Mara Lind");
        assertThat(b.speaker).isEqualTo("Mara Lind");
        assertThat(b.asked()).extracting(Context.Asked::question).containsExactly("How many bees live in one hive?",
                "Why do city roofs suit bees?", "What does the honey taste like?", "What should a new beekeeper do first?");
        assertThat(b.asked().get(0).answer()).extracting(Sentence::plain).containsExactly(
                "In summer a strong hive holds about 50,000 bees.",
                "In winter the number falls to around 10,000, because the old workers die and the queen lays fewer eggs.");
        List<Question> qs = new BuiltInQuestionGenerator().generate(heads, List.of(heads));
        assertThat(qs).anyMatch(q -> q.type() == QuestionType.short_answer
                && q.prompt().equals("How does Mara Lind answer the question \"Why do city roofs suit bees?\""));
        assertThat(BuiltInQuestionGenerator.gated(heads, List.of(heads)))
                .anyMatch(q -> q.type() == QuestionType.main_idea && q.prompt().startsWith("Which statement best sums up Mara Lind's answer"));
    }
}
