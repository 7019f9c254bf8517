package org.lectern.ops.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The answer forms of a student's questions page, read as a browser would: one form per question
 * with its action, hidden fields (CSRF token, revision id, attempt, return) and controls. Gives a
 * valid filled-in form for any round; consecutive rounds choose differently, so each round's
 * answers are real changes (an update and a recomputed result), not repeats the server ignores.
 */
public final class AnswerForms {

    /** One question's form. */
    public record Form(long questionId, String action, Map<String, String> hidden, Map<String, List<String>> radios,
                List<String> texts, Map<String, List<String>> selects) {

        /** The fields to post in round {@code round} (0, 1, 2…). */
        public Map<String, String> filled(int round) {
            Map<String, String> f = new LinkedHashMap<>(hidden);
            f.remove("_csrf");
            radios.forEach((name, values) -> f.put(name, values.get(round % values.size())));
            texts.forEach(name -> f.put(name, round % 2 == 0 ? "an answer" : "another answer"));
            int orderings = (int) selects.keySet().stream().filter(n -> n.startsWith("order-")).count();
            selects.forEach((name, values) -> {
                if (name.startsWith("order-") && orderings > 0) {
                    int i = Integer.parseInt(name.substring("order-".length()));
                    f.put(name, String.valueOf((i + round) % orderings + 1));
                } else if (!values.isEmpty()) {
                    f.put(name, values.get(round % values.size()));
                }
            });
            return f;
        }
    }

    private AnswerForms() {}

    /** The question forms on a questions page (those posting to {@code /assignments/{id}/questions/{q}}). */
    public static List<Form> of(String html, long assignmentId) {
        Document doc = Jsoup.parse(html);
        String prefix = "/assignments/" + assignmentId + "/questions/";
        List<Form> out = new ArrayList<>();
        for (Element form : doc.select("form[method=post]")) {
            String action = form.attr("action");
            if (!action.startsWith(prefix)) {
                continue;
            }
            Map<String, String> hidden = new LinkedHashMap<>();
            Map<String, List<String>> radios = new LinkedHashMap<>();
            List<String> texts = new ArrayList<>();
            Map<String, List<String>> selects = new LinkedHashMap<>();
            for (Element in : form.select("input[name], textarea[name], select[name]")) {
                String name = in.attr("name");
                switch (in.tagName()) {
                    case "textarea" -> texts.add(name);
                    case "select" -> selects.put(name, in.select("option").stream().map(o -> o.attr("value"))
                            .filter(v -> !v.isEmpty()).toList());
                    default -> {
                        switch (in.attr("type")) {
                            case "hidden" -> hidden.put(name, in.attr("value"));
                            case "radio" -> radios.computeIfAbsent(name, k -> new ArrayList<>()).add(in.attr("value"));
                            default -> texts.add(name);
                        }
                    }
                }
            }
            out.add(new Form(Long.parseLong(action.substring(prefix.length())), action, hidden, radios, texts, selects));
        }
        return out;
    }
}
