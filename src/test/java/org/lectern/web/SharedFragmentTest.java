package org.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A part every student sees alike is rendered once per distinct values, and what it shows is always current. */
class SharedFragmentTest {

    private final ThymeleafRenderer renderer = new ThymeleafRenderer();

    private static SharedFragment head(String className, String dueText) {
        Map<String, Object> v = new HashMap<>();
        v.put("view", "read");
        v.put("title", "A Reading");
        v.put("classHref", "/classes/1");
        v.put("className", className);
        v.put("byline", null);
        v.put("minutesText", "5 min read");
        v.put("dueIso", dueText == null ? null : "2026-12-01T17:00Z");
        v.put("dueText", dueText);
        v.put("readHref", "/assignments/1/read/0");
        v.put("questionsHref", "/assignments/1/questions");
        v.put("discussionHref", "/assignments/1/discussion");
        return new SharedFragment("reading-parts", "readingHead", v);
    }

    @Test
    void theSameValuesGiveTheSameRenderedPartOnce() {
        String first = renderer.shared(head("History 9A", "Tue 1 Dec 2026, 17:00"));
        String again = renderer.shared(head("History 9A", "Tue 1 Dec 2026, 17:00"));
        assertThat(again).isSameAs(first);
        assertThat(first).contains("History 9A").contains("Due <time datetime=\"2026-12-01T17:00Z\">Tue 1 Dec 2026, 17:00</time>")
                .contains("aria-current=\"page\">Read</a>");
    }

    @Test
    void aChangedValueIsShownAtOnceNotTheKeptPart() {
        renderer.shared(head("History 9A", "Tue 1 Dec 2026, 17:00"));
        String renamed = renderer.shared(head("History 9B", null));
        assertThat(renamed).contains("History 9B").doesNotContain("9A").doesNotContain("Due");
    }

    @Test
    void valuesAreEscapedInTheSharedPart() {
        String html = renderer.shared(head("<script>alert(1)</script>", null));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
