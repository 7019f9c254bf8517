package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.testing.DatabaseTest;
import org.lectern.testing.Fixtures;
import org.lectern.testing.People;
import org.lectern.testing.TestServer;
import org.lectern.testing.WebClient;

/**
 * Moving a question is curation: once an instructor has ordered a module's questions, regenerating
 * them (the generator's output synced again) keeps that order and appends new questions at the end.
 */
@DatabaseTest
class QuestionOrderTest {

    static final String MOVED = "the-way-forward-to-build-up-the-japan-south-korea-rapprochement";
    static final String UNTOUCHED = "recommitting-to-japan-south-korea-cooperation-amid-uncertainty";

    static TestServer server;
    static WebClient instructor;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        instructor = People.firstInstructor(server, "ada@school.test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<Question> generated(String slug) throws Exception {
        return QuestionsFile.read(Path.of("content", slug, "questions.yaml"));
    }

    static List<String> order(long moduleId) {
        return instructor.get("/library/" + moduleId + "/questions").html().select("ol.question-list > li").eachAttr("id");
    }

    @Test
    void aResyncKeepsTheInstructorsOrderAndAppendsNewQuestions() throws Exception {
        long moduleId = Fixtures.moduleId(server, MOVED);
        String page = "/library/" + moduleId + "/questions";
        List<String> before = order(moduleId);
        // The instructor moves the first question down twice and the last one up once.
        String first = before.get(0);
        String last = before.get(before.size() - 1);
        for (String[] move : new String[][] {{first, "down"}, {first, "down"}, {last, "up"}}) {
            assertThat(instructor.submit(page, page + "/" + move[0].substring(2) + "/move", Map.of("direction", move[1])).status())
                    .isEqualTo(303);
        }
        List<String> mine = order(moduleId);
        assertThat(mine.indexOf(first)).isEqualTo(2);
        assertThat(mine.indexOf(last)).isEqualTo(before.size() - 2);

        // The generator runs again: same questions in its own order, plus one new question.
        List<Question> again = new ArrayList<>(generated(MOVED));
        Question extra = Question.of(QuestionType.true_false, "The article mentions trade.", Skill.values()[0], 1, "",
                List.of(), "It does.").withOptions(List.of("true", "false"), "true").withId("regenerated-extra");
        again.add(0, extra);
        new QuestionBank(Fixtures.dsl(server)).syncGenerated(moduleId, again);

        List<String> after = order(moduleId);
        assertThat(after.subList(0, mine.size())).as("the instructor's order survives the re-sync").isEqualTo(mine);
        assertThat(after).hasSize(mine.size() + 1);
        long extraId = new QuestionBank(Fixtures.dsl(server)).forModule(moduleId, false).stream()
                .filter(q -> q.key().equals("regenerated-extra")).findFirst().orElseThrow().id();
        assertThat(after.get(after.size() - 1)).as("a new question goes at the end").isEqualTo("q-" + extraId);
    }

    @Test
    void withoutAMoveAResyncFollowsTheGeneratorsOrder() throws Exception {
        long moduleId = Fixtures.moduleId(server, UNTOUCHED);
        List<Question> reversed = new ArrayList<>(generated(UNTOUCHED));
        java.util.Collections.reverse(reversed);
        new QuestionBank(Fixtures.dsl(server)).syncGenerated(moduleId, reversed);
        List<String> keys = new QuestionBank(Fixtures.dsl(server)).forModule(moduleId, false).stream()
                .map(QuestionBank.StoredQuestion::key).toList();
        assertThat(keys).isEqualTo(reversed.stream().map(Question::id).toList());
    }
}
