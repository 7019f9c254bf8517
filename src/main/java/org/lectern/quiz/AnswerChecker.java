package org.lectern.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lectern.questions.Question;

/**
 * Auto-grading, pure: a question and a student's response give credit 0..1 and whether it is
 * correct. Responses are strings:
 * <ul>
 *   <li>multiple_choice, main_idea: the chosen option, matched exactly;</li>
 *   <li>true_false: "true" or "false";</li>
 *   <li>cloze: the typed word(s), matched against {@code answer} and {@code accepted} ignoring case,
 *       spacing and punctuation;</li>
 *   <li>matching: a JSON object {left: chosen right} ({@link #matchingResponse}); credit is the
 *       fraction of pairs matched correctly;</li>
 *   <li>ordering: a JSON array of the items in the student's order ({@link #orderingResponse});
 *       credit is the fraction of adjacent pairs of the correct order that appear in the student's
 *       order in the same sequence (A before B immediately, for each consecutive A, B of the key),
 *       so one item out of place costs at most two of the n-1 pairs;</li>
 *   <li>select_evidence: the chosen sentence's text, correct when it matches the (first) evidence
 *       sentence or the answer after normalising;</li>
 *   <li>short_answer: saved, credit null (awaits an instructor);</li>
 *   <li>discussion: not graded here (credit null).</li>
 * </ul>
 * Correct means full credit.
 */
public final class AnswerChecker {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** credit is null when a person has to grade the answer; correct is then null too. */
    public record Result(BigDecimal credit, Boolean correct) {
        public boolean graded() {
            return credit != null;
        }
    }

    private AnswerChecker() {}

    public static Result check(Question q, String response) {
        String r = response == null ? "" : response.strip();
        return switch (q.type()) {
            case multiple_choice, main_idea -> exact(q.answer() != null && q.answer().strip().equals(r));
            case true_false -> exact(q.answer() != null && q.answer().strip().equalsIgnoreCase(r));
            case cloze -> exact(cloze(q, r));
            case matching -> fraction(matchingCredit(q, r));
            case ordering -> fraction(orderingCredit(q, r));
            case select_evidence -> exact(evidence(q, r));
            case short_answer, discussion -> new Result(null, null);
        };
    }

    /** Lower case, compatibility-normalised, quotes and dashes unified, anything but letters and digits as single spaces. */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replaceAll("[’‘`´]", "'").replace("'", "");
        return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public static String matchingResponse(Map<String, String> chosen) {
        return toJson(new LinkedHashMap<>(chosen));
    }

    public static String orderingResponse(List<String> order) {
        return toJson(List.copyOf(order));
    }

    public static Map<String, String> parseMatching(String response) {
        try {
            return JSON.readValue(response, new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Map.of();
        }
    }

    public static List<String> parseOrdering(String response) {
        try {
            return JSON.readValue(response, new TypeReference<ArrayList<String>>() {});
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return List.of();
        }
    }

    private static boolean cloze(Question q, String r) {
        String got = normalise(r);
        if (got.isEmpty()) {
            return false;
        }
        List<String> keys = new ArrayList<>(q.accepted());
        if (q.answer() != null) {
            keys.add(q.answer());
        }
        return keys.stream().anyMatch(k -> normalise(k).equals(got));
    }

    private static boolean evidence(Question q, String r) {
        String got = normalise(r);
        if (got.isEmpty()) {
            return false;
        }
        List<String> keys = new ArrayList<>(q.evidence());
        if (q.answer() != null) {
            keys.add(q.answer());
        }
        return keys.stream().anyMatch(k -> normalise(k).equals(got));
    }

    static double matchingCredit(Question q, String r) {
        if (q.pairs().isEmpty()) {
            return 0;
        }
        Map<String, String> chosen = parseMatching(r);
        int right = 0;
        for (Question.Pair p : q.pairs()) {
            String c = chosen.get(p.left());
            if (c != null && c.equals(p.right())) {
                right++;
            }
        }
        return (double) right / q.pairs().size();
    }

    static double orderingCredit(Question q, String r) {
        List<String> key = q.items();
        List<String> got = parseOrdering(r);
        if (key.size() < 2) {
            return got.equals(key) ? 1 : 0;
        }
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < got.size(); i++) {
            at.putIfAbsent(got.get(i), i);
        }
        int right = 0;
        for (int i = 0; i + 1 < key.size(); i++) {
            Integer a = at.get(key.get(i));
            Integer b = at.get(key.get(i + 1));
            if (a != null && b != null && b == a + 1) {
                right++;
            }
        }
        return (double) right / (key.size() - 1);
    }

    private static Result exact(boolean ok) {
        return new Result(ok ? BigDecimal.ONE.setScale(4) : BigDecimal.ZERO.setScale(4), ok);
    }

    private static Result fraction(double credit) {
        BigDecimal c = BigDecimal.valueOf(credit).setScale(4, RoundingMode.HALF_UP);
        return new Result(c, c.compareTo(BigDecimal.ONE) >= 0);
    }

    private static String toJson(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
