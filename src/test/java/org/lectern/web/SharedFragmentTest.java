package org.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lectern.shared.SafeHtml;

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
        List<Object> first = renderer.shared(head("History 9A", "Tue 1 Dec 2026, 17:00"), null);
        List<Object> again = renderer.shared(head("History 9A", "Tue 1 Dec 2026, 17:00"), null);
        assertThat(again).isSameAs(first);
        assertThat(html(first)).contains("History 9A").contains("Due <time datetime=\"2026-12-01T17:00Z\">Tue 1 Dec 2026, 17:00</time>")
                .contains("aria-current=\"page\">Read</a>");
    }

    @Test
    void aChangedValueIsShownAtOnceNotTheKeptPart() {
        renderer.shared(head("History 9A", "Tue 1 Dec 2026, 17:00"), null);
        String renamed = html(renderer.shared(head("History 9B", null), null));
        assertThat(renamed).contains("History 9B").doesNotContain("9A").doesNotContain("Due");
    }

    @Test
    void valuesAreEscapedInTheSharedPart() {
        String html = html(renderer.shared(head("<script>alert(1)</script>", null), null));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    /** A form in a shared part (a question): the part is kept once, each page gets its own CSRF token in it. */
    private static SharedFragment csrfForm() {
        return new SharedFragment("fragments", "csrf", Map.of());
    }

    @Test
    void aSharedPartWithAFormCarriesEachPagesOwnCsrfToken() {
        String mine = html(renderer.shared(csrfForm(), "token-of-student-a"));
        String theirs = html(renderer.shared(csrfForm(), "token-of-student-b"));
        assertThat(mine).contains("value=\"token-of-student-a\"").doesNotContain("student-b");
        assertThat(theirs).contains("value=\"token-of-student-b\"").doesNotContain("student-a");
    }

    /**
     * A kept value in a shared part (a section's list of sentences to highlight) stays its own piece, the same
     * object, so the page compressor splices in its blocks compressed once instead of compressing it on every page.
     */
    @Test
    void aKeptValueInASharedPartStaysItsOwnPieceBetweenTheFormsText() {
        SafeHtml options = SafeHtml.kept("<option value=\"s1\">A sentence of the section.</option>\n".repeat(40));
        Map<String, Object> v = new HashMap<>();
        v.put("nextAction", "/assignments/1/read/0/next");
        v.put("isLast", false);
        v.put("highlightAction", "/modules/1/highlights");
        v.put("notesAction", "/modules/1/notes");
        v.put("returnTo", "/assignments/1/read/0");
        v.put("sentenceOptions", options);
        v.put("highlights", List.of());
        v.put("hasHighlights", false);
        v.put("note", "");
        List<Object> pieces = renderer.shared(new SharedFragment("reading-parts", "readingTools", v), "token-a");
        assertThat(pieces).hasSize(3);
        assertThat(pieces.get(1)).isSameAs(options);
        assertThat((String) pieces.get(0)).contains("value=\"token-a\"").endsWith("name=\"sentence\">");
        assertThat((String) pieces.get(2)).startsWith("</select>").contains("value=\"token-a\"");
    }

    private static String html(List<Object> pieces) {
        StringBuilder b = new StringBuilder();
        pieces.forEach(b::append);
        return b.toString();
    }
}
