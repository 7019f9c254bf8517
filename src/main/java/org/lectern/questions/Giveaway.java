package org.lectern.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The set-level gate rule "gives_away": no selected question's key may be shown by another selected question.
 * A quiz on a short text asks several questions about one sentence (who, how many, when, where); a question that
 * quotes the sentence with one fact blanked shows every other fact of it, and so the answers to the others.
 *
 * <p>What a question asks (its key): the key span of a multiple-choice or cloze question; for a true/false
 * statement made false by a substitution, the span it replaced (the true one); for a true statement, the
 * statement itself; for a main idea, short answer or select-evidence question, its passage; for matching, each
 * pair. What a question shows: its prompt (with the quoted sentence, the true/false statement, a discussion
 * prompt's quotation), its statement options (main idea, "which statement does the article not support"), its
 * ordering items and matching pairs. A bare name or figure offered as one of four options asserts nothing, so it
 * shows no key, except the key of a cloze question, which a list of options turns from recall into recognition.
 *
 * <p>The rule holds among the questions a student answers together on the questions page. Discussion prompts are
 * asked on the discussion page and have no key; they quote the article as the reading page does, so they neither
 * show nor are shown.
 *
 * <p>A key is shown when the other question's text holds it (normalised: case, articles, punctuation, numbers in
 * words or figures) together with at least one of the content words around it in its evidence sentence, so that
 * "three" in "three times the fee" does not show the "three" of "including three broken windows". A passage
 * key is shown when another question's text holds four fifths of its content words.
 */
final class Giveaway {
    private Giveaway() {}

    /** The reason {@code a} shows {@code b}'s answer, or null. */
    static String shows(Candidate a, Candidate b) {
        return shows(profile(a), profile(b));
    }

    /** What the rule needs of a question, worked out once: what it asks and what it shows. */
    record Profile(Candidate candidate, List<Key> keys, List<Set<String>> passages, String shownNorm, Set<String> shownWords,
                   String shownNormWithOptions, Set<String> shownWordsWithOptions, Set<String> options) {}

    static Profile profile(Candidate c) {
        List<Set<String>> passages = new ArrayList<>();
        for (String p : passages(c)) passages.add(Text.contentWords(p));
        String v = visible(c, false), vo = visible(c, true);
        Set<String> vw = Text.contentWords(v);
        Set<String> options = new java.util.HashSet<>();
        for (String o : c.question().options()) options.add(figures(Text.norm(o)));
        return new Profile(c, keys(c), passages, " " + figures(Text.norm(v)) + " ", vw,
                vo.equals(v) ? null : " " + figures(Text.norm(vo)) + " ", vo.equals(v) ? vw : Text.contentWords(vo), options);
    }

    /** The reason the question of {@code pa} shows the answer of the question of {@code pb}, or null. */
    static String shows(Profile pa, Profile pb) {
        Candidate a = pa.candidate(), b = pb.candidate();
        if (a == b || a.question().id() != null && a.question().id().equals(b.question().id())) return null;
        // discussion prompts are asked on their own page, after the reading, and have no key: like the article
        // itself, a passage they quote is no giveaway for the questions page
        if (a.question().type() == QuestionType.discussion || b.question().type() == QuestionType.discussion) return null;
        boolean options = b.question().type() == QuestionType.cloze && pa.shownNormWithOptions() != null;
        Set<String> shownWords = options ? pa.shownWordsWithOptions() : pa.shownWords();
        String shownNorm = options ? pa.shownNormWithOptions() : pa.shownNorm();
        for (Set<String> passage : pb.passages()) {
            if (Text.containment(passage, shownWords) >= 0.8) return "shows the passage that answers " + b.question().id();
        }
        for (Key k : pb.keys()) {
            if (k.text().isEmpty() || !shownNorm.contains(" " + k.text() + " ")) continue;
            // a cloze answer offered as one of the choices of another question is shown, whatever its context
            if (options && pa.options().contains(k.text())) return "offers \"" + k.shown() + "\", the answer to " + b.question().id() + ", as a choice";
            if (k.context().isEmpty()) return "shows \"" + k.shown() + "\", the answer to " + b.question().id();
            for (String w : k.context()) if (shownWords.contains(w)) return "shows \"" + k.shown() + "\", the answer to " + b.question().id();
        }
        return null;
    }

    /** A key to look for: normalised text, the content words around it in its evidence, and the text as written. */
    record Key(String text, Set<String> context, String shown) {}

    /** The facts a question asks (spans), each with its context; memoised by id. */
    static List<Key> keys(Candidate c) {
        Question q = c.question();
        List<Key> out = new ArrayList<>();
        String evidence = Sentences.plain(String.join(" ", q.evidence()));
        switch (q.type()) {
            case multiple_choice, cloze -> {
                // who said a quotation: the speaker is shown only beside words of the quotation, not wherever the
                // article names them (every option is a name the article gives)
                java.util.regex.Matcher said = SpeakerQuestionBuilder.PROMPT.matcher(q.prompt());
                if (c.key() != null && said.matches()) out.add(new Key(figures(Text.norm(c.key())), Text.contentWords(said.group(1)), c.key()));
                else if (c.key() != null) out.add(key(c.key(), evidence));
            }
            case true_false -> { if ("false".equals(q.answer()) && c.key() != null) out.add(key(c.key(), evidence)); }
            case matching -> {
                // a pair is shown when both its sides are: the left side is the key, the right its context
                for (Question.Pair p : q.pairs()) out.add(new Key(figures(Text.norm(p.left())), Text.contentWords(p.right()), p.left()));
            }
            default -> { }
        }
        return out;
    }

    /** Passages a question asks for: a thesis, a model answer, a sentence to find, a true statement. */
    static List<String> passages(Candidate c) {
        Question q = c.question();
        return switch (q.type()) {
            case main_idea, short_answer, select_evidence -> c.key() == null ? List.of() : List.of(Sentences.plain(c.key()));
            case true_false -> "true".equals(q.answer()) ? List.of(statement(q)) : List.of();
            default -> List.of();
        };
    }

    /** A true/false question's statement, without the wording around it ("True or false: ", "According to the article, "). */
    static String statement(Question q) {
        return q.prompt().replaceFirst("^True or false: ", "").replaceFirst("^According to the article, ", "")
                .replaceFirst("^[^\"]{2,60} says, \"(.*)\"$", "$1");
    }

    private static final Set<String> EMPTY = Set.of();

    static Key key(String key, String evidence) {
        // the key's own acronym or long form in brackets after it is another name for it, not its context
        evidence = evidence.replace(key + " (", key + " ").replaceAll("\\(([A-Z][A-Za-z0-9&.]{1,9})\\)", " ");
        String k = figures(Text.norm(key));
        List<String> words = Sentences.words(figures(Text.norm(evidence)));
        List<String> kw = Sentences.words(k);
        Set<String> context = new java.util.HashSet<>();
        // the content words around the key's first occurrence, within six words on each side
        for (int i = 0; i + kw.size() <= words.size() && !kw.isEmpty(); i++) {
            if (!words.subList(i, i + kw.size()).equals(kw)) continue;
            for (int j = Math.max(0, i - 6); j < Math.min(words.size(), i + kw.size() + 6); j++) {
                if (j >= i && j < i + kw.size()) continue;
                String w = words.get(j);
                if (w.length() > 2 && !Text.STOP.contains(w)) context.add(SpanTagger.singular(w));
            }
            break;
        }
        context.removeAll(Text.contentWords(key));
        // a key never found in its evidence (a model's question) is shown wherever it appears
        return new Key(k, context.isEmpty() ? EMPTY : Set.copyOf(context), key);
    }

    /** What a student reads in the question; bare options only when {@code options}. */
    static String visible(Candidate c, boolean options) {
        Question q = c.question();
        StringBuilder sb = new StringBuilder(q.prompt());
        boolean statements = q.type() == QuestionType.main_idea
                || q.type() == QuestionType.multiple_choice && q.options().stream().anyMatch(o -> o.split("\\s+").length >= 6);
        if (statements || options) for (String o : q.options()) sb.append(" \n ").append(o);
        for (String i : q.items()) sb.append(" \n ").append(i);
        for (Question.Pair p : q.pairs()) sb.append(" \n ").append(p.left()).append(" \n ").append(p.right());
        return sb.toString();
    }

    private static final java.util.regex.Pattern NUMBER_WORD = java.util.regex.Pattern.compile("\\b(?:" + NumberWords.PATTERN + ")\\b");

    /** Numbers in words written in figures, so that "eight months" and "8 months" compare equal. */
    static String figures(String text) {
        java.util.regex.Matcher m = NUMBER_WORD.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            long v = NumberWords.value(m.group());
            m.appendReplacement(sb, v > 1 ? Long.toString(v) : m.group());
        }
        m.appendTail(sb);
        return sb.toString().replaceAll("(?<=\\d) (?=\\d{3}\\b)", "");
    }

    /** The first chosen question that {@code c} gives away or that gives {@code c} away, as a rejection reason; or null. */
    static String conflict(Candidate c, List<Candidate> chosen) {
        for (Candidate o : chosen) {
            String r = shows(c, o);
            if (r != null) return r;
            r = shows(o, c);
            if (r != null) return o.question().id() + " " + r.replaceFirst(", the answer to \\S+$", ", its answer").replaceFirst("answers \\S+$", "answers it");
        }
        return null;
    }
}
