package org.lectern.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.importing.Module;

/**
 * Discussion prompts are built on claims, recommendations, rules, decisions, contrasts and risks, never on a plain
 * fact; a view someone else holds is asked as theirs; "two points side by side" needs two points.
 */
class DiscussionPromptsTest {

    static List<String> prompts(String body) {
        Module m = Fixtures.module("d", "D", List.of("Ada Lowe"), Module.Kind.article, List.of(), body);
        return DiscussionBuilder.build(new Context(m, List.of(m))).stream().map(c -> c.question().prompt()).toList();
    }

    @Test
    void aPlainFactOrAPermissionIsNotOfferedForAgreement() {
        List<String> p = prompts("Customers who bought the heater online can ask for a free collection instead. "
                + "The recall covers a white oil-filled model sold between September 2023 and January 2025. "
                + "Customers can return the heater to any shop that sold the model and receive a full refund.");
        assertThat(p).noneMatch(q -> q.startsWith("Do you agree") || q.startsWith("The article claims"));
    }

    @Test
    void aRecommendationSomeoneElseMakesIsTheirViewNotTheArticlesArgument() {
        List<String> p = prompts("Customers should stop using the heater immediately and unplug it, the company said. "
                + "Harlow's manager, Peter Lyle, said his team should have killed the game off before half-time.");
        assertThat(p).isNotEmpty().noneMatch(q -> q.startsWith("The article argues") || q.startsWith("The article recommends"));
        // a safety instruction to customers is practical advice: asked about as advice, not weighed as a view
        assertThat(p).anyMatch(q -> q.startsWith("The article gives this advice: \"Customers should stop using the heater"));
        assertThat(p).anyMatch(q -> q.startsWith("The article reports this view: \"Harlow's manager, Peter Lyle, said"));
    }

    @Test
    void aLegalRequirementIsARuleToJudgeNotARecommendation() {
        List<String> p = prompts("By law, a landlord in England must place a deposit in a government-approved protection scheme within 30 days of receiving it.");
        assertThat(p).anyMatch(q -> q.startsWith("The article reports a rule:"));
        assertThat(p).noneMatch(q -> q.startsWith("The article argues") || q.contains("apply in another place"));
    }

    @Test
    void onlyARecommendationToAnInstitutionIsCarriedToAnotherPlace() {
        List<String> policy = prompts("Governments should cut greenhouse gas emissions quickly, because no local measure can protect reefs from heat on its own.");
        assertThat(policy).anyMatch(q -> q.startsWith("How could this recommendation apply in another place or sector"));
        List<String> advice = prompts("Walkers should also turn back early if the weather changes in the upper valley.");
        assertThat(advice).anyMatch(q -> q.startsWith("The article argues"));
        assertThat(advice).noneMatch(q -> q.contains("apply in another place") || q.contains("policymaker"));
    }

    @Test
    void twoPointsSideBySideNeedTwoPointsOfTheirOwn() {
        // one claim against what it denies
        assertThat(prompts("Although desalination is often described as a new technology, it is not."))
                .noneMatch(q -> q.contains("two points side by side"));
        // an event told in the past
        assertThat(prompts("Neither team could find a winner in normal time, although Harlow hit the post in the 88th minute."))
                .noneMatch(q -> q.contains("two points side by side"));
        // two points of the article's own
        assertThat(prompts("Coral reefs cover less than one percent of the ocean floor, but they support about a quarter of all marine species."))
                .anyMatch(q -> q.startsWith("The article sets two points side by side"));
    }

    @Test
    void decisionsRulingsAndResponsesGetPromptsOfTheirKind() {
        List<String> p = prompts("The appliance maker Cordell Home is recalling about 48,000 portable electric heaters after reports that the switch can melt. "
                + "An investigation by the company found that a supplier had changed the plastic used in the switch without telling anyone. "
                + "Cordell replied that it had begun sending letters and emails to 21,000 registered buyers on Monday.");
        assertThat(p).anyMatch(q -> q.startsWith("The article reports a decision: \"The appliance maker Cordell Home is recalling"));
        assertThat(p).anyMatch(q -> q.startsWith("The article reports a research finding: \"An investigation by the company found"));
        assertThat(p).anyMatch(q -> q.startsWith("The article reports a response: \"Cordell replied"));
    }
}
