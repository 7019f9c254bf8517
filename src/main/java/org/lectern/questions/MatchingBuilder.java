package org.lectern.questions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lectern.importing.Module;

/** Matching: acronyms to what they stand for, glossary terms to meanings, people to the roles the text gives them. */
final class MatchingBuilder {
    private MatchingBuilder() {}

    private static final int MAX_PAIRS = 5;
    private static final Pattern ROLE;
    static {
        StringBuilder alt = new StringBuilder();
        for (String t : Lexicon.TITLES) if (t.length() >= 5) alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(t));
        ROLE = Pattern.compile("(?:\\b((?:former |then-)?(?:[A-Z][\\p{L}.]+(?: [A-Z][\\p{L}]+)?(?:’s|'s)? )?(?:new |former )?)"
                + "(?:" + alt + "))(?:,)? ([A-Z][\\p{L}-]+(?: [A-Z][\\p{L}-]+){1,2})");
    }

    static List<Candidate> build(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        // acronyms defined in this article
        Map<String, Question.Pair> acr = new LinkedHashMap<>();
        Map<String, String> acrEvidence = new LinkedHashMap<>();
        for (Sentence s : ctx.sentences) {
            for (var e : ctx.tagger.acronyms.entrySet()) {
                if (acr.size() >= MAX_PAIRS || acr.containsKey(e.getKey())) continue;
                if (s.plain().contains(e.getValue() + " (" + e.getKey() + ")")) {
                    acr.put(e.getKey(), new Question.Pair(e.getKey(), e.getValue()));
                    acrEvidence.put(e.getKey(), s.text());
                }
            }
        }
        if (acr.size() >= 3) {
            out.add(candidate(ctx, "Match each abbreviation to its full name.", new ArrayList<>(acr.values()),
                    new ArrayList<>(new java.util.LinkedHashSet<>(acrEvidence.values())), Skill.vocabulary, 1.4));
        }
        // glossary terms that the body uses
        List<Question.Pair> gl = new ArrayList<>();
        List<String> glEv = new ArrayList<>();
        for (Module.GlossaryEntry g : ctx.module.glossary()) {
            if (gl.size() >= MAX_PAIRS || g.term() == null || g.meaning() == null || acr.containsKey(g.term())) continue;
            for (Sentence s : ctx.sentences) {
                if (s.plain().toLowerCase(Locale.ROOT).contains(g.term().toLowerCase(Locale.ROOT))) {
                    gl.add(new Question.Pair(g.term(), g.meaning()));
                    if (!glEv.contains(s.text())) glEv.add(s.text());
                    break;
                }
            }
        }
        if (gl.size() >= 3) out.add(candidate(ctx, "Match each term to its meaning.", gl, glEv, Skill.vocabulary, 1.3));
        // people to roles: "[demonym|Country's] [former] Title Name"
        Map<String, Question.Pair> people = new LinkedHashMap<>();
        Map<String, String> peopleEv = new LinkedHashMap<>();
        for (Sentence s : ctx.sentences) {
            {
                Matcher m = ROLE.matcher(s.plain());
                while (m.find()) {
                    String name = m.group(2).replaceAll("(’s|'s)$", "");
                    String role = m.group(0).substring(0, m.group(0).length() - m.group(2).length()).replaceAll(",?\\s+$", "").strip();
                    String prefix = m.group(1) == null ? "" : m.group(1).strip();
                    if (prefix.isEmpty()) continue; // a bare title does not say which country's
                    String first = prefix.replaceAll("^(former|then-)\\s*", "").split("\\s")[0].replaceAll("(’s|'s)$", "");
                    if (!first.isEmpty() && Lexicon.placeGroup(first) == null && Lexicon.placeGroup(prefix.replaceAll("^(former |then-)", "").replaceAll("(’s|'s)?\\s*(new |former )?$", "").strip()) == null) continue;
                    String key = ctx.tagger.fullName(name);
                    if (people.containsKey(key) || people.size() >= MAX_PAIRS) continue;
                    boolean dupRole = people.values().stream().anyMatch(p -> p.right().equalsIgnoreCase(role));
                    if (dupRole) continue;
                    people.put(key, new Question.Pair(name, role));
                    peopleEv.put(key, s.text());
                }
            }
        }
        if (people.size() >= 3) {
            out.add(candidate(ctx, "Match each person to the role the article gives them.", new ArrayList<>(people.values()),
                    new ArrayList<>(new java.util.LinkedHashSet<>(peopleEv.values())), Skill.recall, 1.3));
        }
        // people to the roles news writing gives them: "the striker Omar Reid", "Lena Moss, a nurse"
        if (people.size() < 3) {
            Map<String, Question.Pair> roles = new LinkedHashMap<>();
            Map<String, String> rolesEv = new LinkedHashMap<>();
            for (Sentence s : ctx.sentences) {
                for (TypedSpan t : ctx.spans.get(s.index())) {
                    if (t.type() != SpanType.PERSON || !t.text().contains(" ") || roles.size() >= MAX_PAIRS) continue;
                    String role = tidyRole(ctx, SpanTagger.roleOf(s.plain(), t.start(), t.end()));
                    if (role == null || roles.containsKey(t.text())) continue;
                    String r = role;
                    if (roles.values().stream().anyMatch(p -> p.right().equalsIgnoreCase(r))) continue;
                    roles.put(t.text(), new Question.Pair(t.text(), role));
                    rolesEv.put(t.text(), s.text());
                }
            }
            // a role that two people share would make the pairs ambiguous: "chair" when another person "chairs" a committee
            roles.entrySet().removeIf(e -> sharedRole(ctx, e.getKey(), e.getValue().right()));
            rolesEv.keySet().retainAll(roles.keySet());
            if (roles.size() >= 3) out.add(candidate(ctx, "Match each person to their role in the article.", new ArrayList<>(roles.values()),
                    new ArrayList<>(new java.util.LinkedHashSet<>(rolesEv.values())), Skill.recall, 1.3));
        }
        Candidate groups = groups(ctx);
        if (groups != null) out.add(groups);
        return out;
    }

    /**
     * The role as a label: without the preposition and article before it ("through the striker" -> "striker"), and
     * with names in it capitalised as the article writes them ("eastleigh manager" -> "Eastleigh manager"); null if
     * nothing is left.
     */
    static String tidyRole(Context ctx, String role) {
        if (role == null) return null;
        String r = role.replaceFirst("(?i)^(?:(?:through|by|from|to|with|for|of|at|in|on|as|and|the|a|an|its|their|his|her|our)\\s+)+", "").strip();
        if (r.isEmpty()) return null;
        StringBuilder b = new StringBuilder();
        for (String w : r.split("\\s+")) {
            String cap = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
            if (b.length() > 0) b.append(' ');
            // a title is written with a capital before a name ("Councillor Piet Aalders") but is no name itself
            b.append(!w.equals(cap) && ctx.properWord(cap) && !Lexicon.TITLES.contains(cap) ? cap : w);
        }
        return b.toString();
    }

    /**
     * Does the role's head word (or the verb of it: "chairs", "chaired") stand next to a person other than
     * {@code person} anywhere in the article (within a few words of their name)?
     */
    static boolean sharedRole(Context ctx, String person, String role) {
        String[] rw = role.toLowerCase(Locale.ROOT).split("\\s+");
        String head = rw[rw.length - 1];
        if (head.length() < 3) return false;
        Pattern word = Pattern.compile("(?i)\\b" + Pattern.quote(head) + "(?:s|es|ed|d|ing|men|man|woman|women|person)?\\b");
        String[] pw = person.split("\\s+");
        String surname = pw[pw.length - 1];
        for (Sentence s : ctx.sentences) {
            String p = s.plain();
            for (TypedSpan t : ctx.spans.get(s.index())) {
                if (t.type() != SpanType.PERSON || t.text().contains(surname) || person.contains(t.text())) continue;
                // a lone capitalised word is no reliable person ("Herons captain ...")
                if (!t.text().contains(" ")) continue;
                int from = Math.max(0, t.start() - 40), to = Math.min(p.length(), t.end() + 40);
                if (word.matcher(p.substring(from, to)).find()) return true;
            }
        }
        return false;
    }

    private static final Pattern PREDICATE_PRONOUN = Pattern.compile("(?i)\\b(?:it|its|they|them|their|he|him|his|she|her|this|these|those|we|our|us|you|your|i|my)\\b");

    /**
     * Groups to what they did or said: each statement (a sentence or a clause) that opens with a group ("Parents
     * have also asked the council ...", "Club members say ...") gives a pair of the group and the rest of the
     * statement. Three to four pairs of groups from different families, with no pronoun on the right.
     */
    static Candidate groups(Context ctx) {
        Map<String, Question.Pair> pairs = new LinkedHashMap<>();
        Map<String, String> ev = new LinkedHashMap<>();
        for (Clauses.Stem st : ctx.units) {
            if (st.speaker() != null || pairs.size() >= 4) continue;
            Sentence s = st.sentence();
            for (TypedSpan t : ctx.spans.get(s.index())) {
                if (t.type() != SpanType.GROUP || t.start() < st.offset()) continue;
                String lead = s.plain().substring(st.offset(), t.start());
                if (!lead.matches("(?i)(?:the |some |many |local )?")) break;
                String family = Groups.family(t.text());
                String rest = st.text().substring(t.end() - st.offset()).strip().replaceAll("\\.$", "");
                int words = rest.split("\\s+").length;
                if (family == null || pairs.containsKey(family) || words < 4 || words > 16 || PREDICATE_PRONOUN.matcher(rest).find()
                        || !rest.matches("^[a-z].*") || rest.startsWith(",") || !Builders.hasVerb(s, rest.split("\\s+")[0] + " " + (words > 1 ? rest.split("\\s+")[1] : ""))) break;
                String left = Text.upperFirst(lead.toLowerCase(Locale.ROOT) + (t.start() == 0 ? t.canonical() : t.text()));
                pairs.put(family, new Question.Pair(left, rest));
                ev.put(family, s.text());
                break;
            }
        }
        if (pairs.size() < 3) return null;
        return candidate(ctx, "Match each group to what the article says it did or said.", new ArrayList<>(pairs.values()),
                new ArrayList<>(new java.util.LinkedHashSet<>(ev.values())), Skill.recall, 1.25);
    }

    /**
     * Can every left side be paired by its letters alone: exactly one right side starts with its first letter and
     * holds all its letters in order ("TWh" and "terawatt-hours", "GW" and "gigawatts")?
     */
    static boolean byLetters(List<Question.Pair> pairs) {
        for (Question.Pair p : pairs) {
            String abbr = p.left().replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
            if (abbr.isEmpty() || p.left().equals(p.left().toLowerCase(Locale.ROOT))) return false;
            int fits = 0;
            for (Question.Pair o : pairs) if (lettersOf(abbr, o.right().toLowerCase(Locale.ROOT))) fits++;
            if (fits != 1 || !lettersOf(abbr, p.right().toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    private static boolean lettersOf(String abbr, String expansion) {
        String e = expansion.replaceAll("[^\\p{L}]", "");
        if (e.isEmpty() || e.charAt(0) != abbr.charAt(0)) return false;
        int j = 0;
        for (int i = 0; i < e.length() && j < abbr.length(); i++) if (e.charAt(i) == abbr.charAt(j)) j++;
        return j == abbr.length();
    }

    private static Candidate candidate(Context ctx, String prompt, List<Question.Pair> pairs, List<String> evidence,
                                       Skill skill, double score) {
        String section = "";
        int pos = 0;
        for (Sentence s : ctx.sentences) if (s.text().equals(evidence.get(0))) { section = s.section(); pos = s.index(); break; }
        StringBuilder expl = new StringBuilder("The article gives these pairs: ");
        for (int i = 0; i < pairs.size(); i++) {
            if (i > 0) expl.append("; ");
            expl.append(pairs.get(i).left()).append(" = ").append(pairs.get(i).right());
        }
        expl.append(". See the sentences quoted as evidence.");
        // abbreviations a student matches to their expansions by their letters alone test nothing: asked only while
        // the set is short (another pairing, people to roles, is preferred)
        if (byLetters(pairs)) score -= Candidate.WEAK;
        Question q = Question.of(QuestionType.matching, prompt, skill, 1, section, evidence, expl.toString()).withPairs(pairs);
        StringBuilder key = new StringBuilder();
        for (Question.Pair p : pairs) key.append(p.left()).append('=').append(p.right()).append(';');
        q = Ids.assign(q, key.toString());
        return new Candidate(q, null, List.of(), score, pos);
    }
}
