package org.lectern.questions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lectern.importing.nlp.Nlp;

/**
 * The quality gate. Each rule is named and returns a rejection reason (or null). Applied to every candidate from
 * any backend; {@link Ranker} adds the list-level near-duplicate rule.
 */
public final class QuestionGate {

    public record Rejection(String rule, String id, QuestionType type, String prompt, String reason) {}

    public interface Rule {
        String name();

        /** A reason to reject, or null to accept. */
        String check(Candidate c, Sources sources);
    }

    /** The texts evidence must come from: the module's body and, for cross-article prompts, other bodies by slug. */
    public record Sources(String slug, String body, Map<String, String> others) {
        String bodyOf(String s) { return s.equals(slug) ? body : others.get(s); }

        /** Plain text of every body (memoised per body text). */
        List<String> plainTexts() {
            List<String> out = new ArrayList<>();
            out.add(PLAIN.computeIfAbsent(body, Sentences::plain));
            for (String o : others.values()) out.add(PLAIN.computeIfAbsent(o, Sentences::plain));
            if (PLAIN.size() > 256) PLAIN.clear();
            return out;
        }
    }

    private static final Map<String, String> PLAIN = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    /** A prompt that names who says the quoted words ("Ana Ruiz says, "...", "what Ana Ruiz says", "Ana Ruiz's answer"). */
    private static final Pattern SPEAKER = Pattern.compile("^Who said the following\\b|\\p{Lu}[\\p{L}'’-]+ (?:says, \"|says in the interview)|\\p{Lu}[\\p{L}-]+(?:’s|'s) answer");
    private static final Pattern FUNCTION_END = Pattern.compile("(?i)\\b(the|a|an|of|to|and|or|in|on|for|with|by|that|which|its|their|is|are|was|were)[.?!]?$");
    private static final Pattern VERBISH = Pattern.compile(
            "(?i)\\b(match|put|fill|explain|compare|take|apply|find|complete|choose|select|weigh|support|describe|discuss|evaluate|identify|is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|will|would|should|must|may|might|shall|need|needs|[a-z]{2,}ed|[a-z]{3,}s|[a-z]{3,}ing|made|took|met|led|won|held|began|came|went|gave|saw|sent|set|put|kept|left|lost|rose|fell|became|grew|brought|bought|built|sought|thought|told|said|spent|struck|stood|understood|wrote|ran|hit|cut|let|paid|found|felt|got|held|launched|agreed)\\b");

    static final List<Rule> RULES = List.of(
            rule("schema", QuestionGate::schema),
            rule("evidence_not_verbatim", (c, src) -> {
                for (String e : c.question().evidence()) {
                    boolean found = false;
                    List<String> slugs = c.question().modules().isEmpty() ? List.of(src.slug()) : c.question().modules();
                    for (String s : slugs) {
                        String b = src.bodyOf(s);
                        if (b != null && b.contains(e)) found = true;
                    }
                    if (!found) return "evidence is not a verbatim sentence of the module: " + abbreviate(e);
                }
                return null;
            }),
            rule("key_not_in_evidence", (c, src) -> {
                if (c.key() == null) return null;
                String ev = Text.norm(Sentences.plain(String.join(" ", c.question().evidence())));
                return (" " + ev + " ").contains(" " + Text.norm(c.key()) + " ") ? null : "key \"" + c.key() + "\" is not in the evidence";
            }),
            rule("distractor_equals_key", (c, src) -> {
                if (c.key() == null) return null;
                for (String d : c.distractors()) {
                    if (c.question().type() == QuestionType.main_idea) {
                        if (Text.norm(d).equals(Text.norm(c.key()))) return "distractor repeats the key";
                    } else if (DistractorPicker.paraphrase(null, c.key(), d)) return "distractor \"" + d + "\" is the key or a paraphrase of it";
                }
                return null;
            }),
            rule("distractor_in_evidence", (c, src) -> {
                String ev = Sentences.plain(String.join(" ", c.question().evidence()));
                for (String d : c.distractors()) {
                    if (c.question().type() == QuestionType.main_idea) {
                        if (Text.containment(Text.contentWords(d), Text.contentWords(ev)) > 0.8) return "distractor restates the evidence";
                    } else if (DistractorPicker.inText(null, ev, d)) return "distractor \"" + d + "\" appears in the evidence";
                }
                return null;
            }),
            rule("role_mismatch", (c, src) -> {
                // "President ____": every option must be someone the texts give that title
                if (c.question().type() != QuestionType.multiple_choice) return null;
                String p = c.question().prompt();
                int gap = p.indexOf("____");
                if (gap < 0) return null;
                String role = Roles.before(p, gap);
                if (role == null) return null;
                List<String> texts = src.plainTexts();
                for (String d : c.distractors()) {
                    if (!Roles.of(Roles.forms(d), texts).contains(role)) return "distractor \"" + d + "\" is never called " + role + " in the texts";
                }
                return null;
            }),
            rule("pronoun_led", (c, src) -> {
                boolean attributed = SPEAKER.matcher(c.question().prompt()).find();
                for (String s : statements(c.question())) {
                    // "Ana Ruiz says, "We were called out ..."": a quoted speaker's "we" is theirs
                    if (attributed && Text.firstPerson(Text.firstWord(s))) continue;
                    if (Text.startsWithPronoun(s)) return "starts with a pronoun whose referent is outside it: " + abbreviate(s);
                }
                return null;
            }),
            rule("needs_context", (c, src) -> {
                // a statement lifted from the article must stand alone: "the difference", "of that", "But this ..."
                QuestionType t = c.question().type();
                if (t == QuestionType.discussion || t == QuestionType.ordering || t == QuestionType.matching) return null;
                List<String> st = statements(c.question());
                if (t == QuestionType.main_idea) st = st.subList(0, 1);
                // a gap-fill quotes its sentence as one "from the article", where the student finds it in place: only
                // an explicit pointer back ("of that", "mentioned previously", "such") leaves it unanswerable there
                boolean gapFill = c.question().prompt() != null && c.question().prompt().contains("____");
                for (String s : st) {
                    String why = ContextFree.reason(s);
                    if (why != null && gapFill && !why.startsWith("refers back")) continue;
                    if (why != null) return why + ": " + abbreviate(s);
                }
                return null;
            }),
            rule("fragment", (c, src) -> {
                for (String s : statements(c.question())) {
                    String why = fragment(s);
                    if (why != null) return why + ": " + abbreviate(s);
                }
                return null;
            }),
            rule("too_long", (c, src) -> {
                int words = c.question().prompt().split("\\s+").length;
                int max = c.question().type() == QuestionType.discussion ? (c.question().skill() == Skill.compare ? 140 : 110) : 75;
                return words > max ? "prompt has " + words + " words" : null;
            }));

    private static Rule rule(String name, java.util.function.BiFunction<Candidate, Sources, String> f) {
        return new Rule() {
            public String name() { return name; }
            public String check(Candidate c, Sources s) { return f.apply(c, s); }
        };
    }

    private QuestionGate() {}

    /** Accepted candidates in input order; rejections are appended to {@code rejected}. */
    public static List<Candidate> filter(List<Candidate> candidates, Sources sources, List<Rejection> rejected) {
        List<Candidate> ok = new ArrayList<>();
        for (Candidate c : candidates) {
            String reason = null, rule = null;
            for (Rule r : RULES) {
                reason = r.check(c, sources);
                if (reason != null) { rule = r.name(); break; }
            }
            if (reason == null) ok.add(c);
            else rejected.add(new Rejection(rule, c.question().id(), c.question().type(), c.question().prompt(), reason));
        }
        return ok;
    }

    /** The first rule a question breaks, or null. */
    public static Rejection check(Candidate c, Sources sources) {
        for (Rule r : RULES) {
            String reason = r.check(c, sources);
            if (reason != null) return new Rejection(r.name(), c.question().id(), c.question().type(), c.question().prompt(), reason);
        }
        return null;
    }

    /** The statements a student reads: the prompt, quoted sentences, options of main idea, ordering items. */
    static List<String> statements(Question q) {
        List<String> out = new ArrayList<>();
        String p = q.prompt() == null ? "" : q.prompt();
        out.add(p.startsWith("True or false: ") ? p.substring("True or false: ".length()) : p);
        if (q.type() == QuestionType.multiple_choice || q.type() == QuestionType.cloze) {
            int a = p.indexOf('"'), b = p.lastIndexOf('"');
            if (a >= 0 && b > a) out.add(p.substring(a + 1, b).replace("____", "X"));
        }
        if (q.type() == QuestionType.main_idea) out.addAll(q.options());
        out.addAll(q.items());
        return out;
    }

    static String fragment(String s) {
        String t = s.strip();
        if (t.isEmpty()) return "empty statement";
        if (!Character.isUpperCase(t.codePointAt(0)) && !Character.isDigit(t.charAt(0)) && t.charAt(0) != 'X') return "starts in lower case";
        if (!t.matches("(?s).*[.?!]([\"”’)])?$")) return "does not end as a sentence";
        if (!Text.balanced(t)) return "unbalanced quotes or brackets";
        if (t.split("\\s+").length < 4) return "too short";
        String core = t.replaceAll("[\"”’)]+$", "");
        // "how revolutionary printing really was" ends a wh-clause, not a cut-off sentence
        if (FUNCTION_END.matcher(core).find() && !(core.matches("(?i).*\\b(is|are|was|were)[.?!]?$")
                && core.matches("(?i).*\\b(how|what|where|who|whoever|whatever|wherever)\\b.*")) && !particle(core)) return "ends on a function word";
        boolean imperative = Text.firstWord(t).matches("match|put|fill|explain|compare|take|apply|find|complete|choose|select|weigh|describe|discuss|evaluate|identify|which|what|why|how|true");
        if (!imperative && !Nlp.hasVerb(t)) return "has no verb";
        return null;
    }

    /** "... when she moved in.", "... before they set off.": a verb's particle ends the sentence, not a cut-off phrase. */
    private static boolean particle(String core) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\b([a-z]+) (in|on|off|out|up|down|over|back|away)[.?!]?$").matcher(core);
        if (!m.find()) return false;
        String[] toks = Nlp.tokens(core.substring(0, m.end(1)));
        String[] tags = Nlp.tags(toks);
        return tags.length > 0 && tags[tags.length - 1].equals("VERB");
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private static String schema(Candidate c, Sources src) {
        Question q = c.question();
        if (q.id() == null || q.id().isBlank()) return "missing id";
        if (q.prompt() == null || q.prompt().isBlank()) return "missing prompt";
        if (q.skill() == null) return "missing skill";
        if (q.difficulty() < 1 || q.difficulty() > 3) return "difficulty outside 1-3";
        if (q.evidence().isEmpty()) return "missing evidence";
        if (q.explanation() == null || q.explanation().isBlank()) return "missing explanation";
        switch (q.type()) {
            case multiple_choice, main_idea -> {
                if (q.options().size() != 4) return "needs 4 options, has " + q.options().size();
                Set<String> n = new HashSet<>();
                for (String o : q.options()) if (!n.add(Text.norm(o))) return "duplicate option \"" + o + "\"";
                if (q.answer() == null || q.options().stream().filter(o -> o.equals(q.answer())).count() != 1) return "answer is not exactly one option";
            }
            case true_false -> {
                if (!"true".equals(q.answer()) && !"false".equals(q.answer())) return "answer must be true or false";
            }
            case cloze -> {
                if (!q.prompt().contains("____")) return "cloze prompt has no gap ____";
                if (q.answer() == null || q.answer().isBlank()) return "missing answer";
                if (q.accepted().isEmpty() || !q.accepted().contains(q.answer())) return "accepted must include the answer";
            }
            case matching -> {
                if (q.pairs().size() < 3) return "needs at least 3 pairs";
                Set<String> l = new HashSet<>(), r = new HashSet<>();
                for (Question.Pair p : q.pairs()) if (!l.add(Text.norm(p.left())) || !r.add(Text.norm(p.right()))) return "pairs are not one-to-one";
            }
            case ordering -> {
                if (q.items().size() < 3 || q.items().size() > 5) return "needs 3-5 items";
            }
            case short_answer, select_evidence -> {
                if (q.answer() == null || q.answer().isBlank()) return "missing answer";
                if (q.type() == QuestionType.select_evidence && !q.evidence().contains(q.answer())) return "answer is not the evidence sentence";
            }
            case discussion -> {
                if (q.modules().isEmpty()) return "missing modules";
            }
        }
        return null;
    }
}
