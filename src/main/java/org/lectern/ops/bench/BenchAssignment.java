package org.lectern.ops.bench;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The module the cohort reads: assigned by the instructor through the assignment form, as a
 * person would (the form's defaults, the first module in the list, due in a week).
 */
public final class BenchAssignment {

    private static final Pattern ASSIGNMENT_LINK = Pattern.compile("href=\"/assignments/(\\d+)[/\"]");

    private BenchAssignment() {}

    /** Assigns a module to the class and returns the assignment's id as its students see it. */
    static long create(Cohort cohort) throws Exception {
        return create(cohort.instructor(), cohort.classId(), cohort.students().get(0));
    }

    /** Assigns the first module to the class as {@code instructor}; the id is read from {@code student}'s home page. */
    public static long create(Visitor instructor, long classId, Visitor student) throws Exception {
        String formPath = "/classes/" + classId + "/assignments/new";
        Visitor.Response page = instructor.get(formPath);
        if (page.status() != 200) {
            throw new IllegalStateException("the assignment form answered " + page.status());
        }
        Document doc = Jsoup.parse(page.body());
        Element form = doc.selectFirst("form[action=/classes/" + classId + "/assignments]");
        if (form == null) {
            throw new IllegalStateException("no assignment form on " + formPath);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element in : form.select("input[name], select[name]")) {
            String name = in.attr("name");
            if (name.equals("_csrf") || name.equals("module") || in.attr("type").equals("checkbox")) {
                continue;
            }
            if (in.tagName().equals("select")) {
                Element sel = in.selectFirst("option[selected]");
                fields.put(name, sel != null ? sel.attr("value") : in.select("option").isEmpty() ? ""
                        : in.select("option").first().attr("value"));
            } else {
                fields.put(name, in.attr("value"));
            }
        }
        Element module = form.selectFirst("input[name=module]");
        if (module == null) {
            throw new IllegalStateException("the site has no module to assign");
        }
        fields.put("module", module.attr("value"));
        fields.put("due_at", LocalDateTime.now().plusDays(7).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        fields.put("opens_at", "");
        Visitor.Response created = instructor.post("/classes/" + classId + "/assignments",
                Visitor.csrfToken(page.body()), fields);
        if (created.status() != 303) {
            throw new IllegalStateException("assigning a module answered " + created.status());
        }
        Visitor.Response home = student.get("/");
        Matcher m = ASSIGNMENT_LINK.matcher(home.body());
        if (!m.find()) {
            throw new IllegalStateException("the assignment is not on a student's home page");
        }
        return Long.parseLong(m.group(1));
    }
}
