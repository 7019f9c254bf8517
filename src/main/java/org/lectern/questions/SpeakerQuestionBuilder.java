package org.lectern.questions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who said what, in a news piece that quotes several named people: "Who said, "We were too slow and too
 * comfortable."", with the other people the article names as options. Only a whole quotation that is one sentence
 * and ends at its attribution ("..." Bell said. / "..." said Bell. / "...," he said.), whose speaker is certain: named
 * in the attribution (a surname is matched to the full name the article gives), or "he"/"she" when the paragraph so
 * far names exactly one person. The evidence is the quotation's sentence and, when it names the speaker by surname or
 * pronoun only, the sentence that gives the full name.
 */
final class SpeakerQuestionBuilder {
    private SpeakerQuestionBuilder() {}

    private static final String Q_OPEN = "[\"“]", Q_CLOSE = "[\"”]";
    private static final String SAY = "(?:said|says|added|explained|admitted|insisted|warned|recalled|wrote|writes|told)";
    private static final String NAME = "([A-Z][\\p{L}'’-]+(?: [A-Z][\\p{L}'’-]+){0,2})";
    /** A title before a name, not part of it ("Dr Helen Okafor", "councillor Martin Osei"). */
    private static final String TITLE = "(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Judge|[Cc]ouncillor)\\.? )?";
    /**
     * "…," Bell said. / "…," said Dr Bell, a consultant at … / "…," she told reporters in 2011. — the quotation, then
     * who (with what follows the name or the verb, which is not quoted).
     */
    private static final Pattern QUOTE_FIRST = Pattern.compile(
            "^" + Q_OPEN + "([^\"“”]{10,300}?)([,!?]?)" + Q_CLOSE + ",? (?:" + SAY + " " + TITLE + NAME + "(?:,[^\"“”]*)?"
                    + "|" + TITLE + "(?:" + NAME + "|(he|she)) " + SAY + "(?: [^\"“”]*)?)\\.$");
    static final String PROMPT_START = "Who said the following in the article? ";
    /** The prompt of a question this builder writes, with the quotation as group 1. */
    static final Pattern PROMPT = Pattern.compile(Pattern.quote(PROMPT_START) + "\"(.*)\"");
    /** A quotation long enough to carry content of its own, short enough to read as one remark. */
    private static final int MIN_WORDS = 5, MAX_WORDS = 35;

    static List<Candidate> build(Context ctx) {
        List<Candidate> out = new ArrayList<>();
        if (ctx.speaker != null) return out;
        // the people the article names, by full name, in order of first mention
        Map<String, Integer> people = new LinkedHashMap<>();
        for (Sentence s : ctx.sentences) {
            for (TypedSpan sp : ctx.spans.get(s.index())) {
                if (sp.type() != SpanType.PERSON) continue;
                // without a title, as the other options are written ("Dr Ines Varga" is offered as "Ines Varga")
                String full = (sp.canonical() != null ? sp.canonical() : sp.text()).replaceFirst("^" + TITLE, "");
                if (full.split(" ").length >= 2 && !people.containsKey(full)) people.put(full, s.index());
            }
        }
        if (people.size() < 4) return out;
        List<String[]> quotes = new ArrayList<>();
        for (Sentence s : ctx.sentences) {
            Matcher m = QUOTE_FIRST.matcher(s.plain().trim());
            if (!m.matches()) continue;
            String mark = m.group(2).equals("!") || m.group(2).equals("?") ? m.group(2) : ".";
            String quote = m.group(1).trim().replaceFirst("[.;:]$", "") + mark;
            int words = quote.split("\\s+").length;
            if (words < MIN_WORDS || words > MAX_WORDS) continue;
            String who = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
            String speaker = resolve(ctx, s, who, people);
            if (speaker == null) continue;
            // the quotation must not name its speaker
            if (mentions(quote, speaker)) continue;
            quotes.add(new String[] {String.valueOf(s.index()), quote, speaker});
        }
        // every speaker first (the likeliest to be confused with one another), then the others by first mention
        List<String> speakers = new ArrayList<>();
        for (String[] q : quotes) if (!speakers.contains(q[2])) speakers.add(q[2]);
        List<String> order = new ArrayList<>(speakers);
        for (String p : people.keySet()) if (!order.contains(p)) order.add(p);
        for (String[] q : quotes) {
            Sentence s = ctx.sentences.get(Integer.parseInt(q[0]));
            String quote = q[1], speaker = q[2];
            List<String> evidence = new ArrayList<>();
            if (!s.plain().contains(speaker)) {
                Sentence named = ctx.sentences.get(people.get(speaker));
                if (named.index() >= s.index() || !named.plain().contains(speaker)) continue;
                evidence.add(named.text());
            }
            evidence.add(s.text());
            String evidenceText = String.join(" ", evidence);
            List<String> d = new ArrayList<>();
            for (String p : order) {
                if (d.size() == 3) break;
                if (p.equals(speaker) || sameSurname(p, speaker) || mentions(evidenceText, p)) continue;
                d.add(p);
            }
            if (d.size() < 3) continue;
            List<String> options = new ArrayList<>(d);
            options.add(speaker);
            String prompt = PROMPT_START + "\"" + quote + "\"";
            Question question = Question.of(QuestionType.multiple_choice, prompt, Skill.recall, 2, s.section(), List.copyOf(evidence),
                            Builders.explain("The answer is " + speaker + ".", s))
                    .withOptions(Builders.shuffle(options, s.text() + speaker), speaker);
            question = Ids.assign(question, "said\u0000" + speaker + "\u0000" + quote);
            out.add(new Candidate(question, speaker, d, 1.15, s.index()));
        }
        return out;
    }

    /** The full name of who is quoted: a name (or surname) the article gives, or he/she when the paragraph names one person. */
    private static String resolve(Context ctx, Sentence s, String who, Map<String, Integer> people) {
        if (who.equals("he") || who.equals("she")) {
            java.util.Set<String> named = new java.util.LinkedHashSet<>();
            for (Sentence o : ctx.sentences) {
                if (o.index() >= s.index()) break;
                if (o.paragraph() != s.paragraph() || !o.section().equals(s.section())) continue;
                for (String p : people.keySet()) if (mentions(o.plain(), p)) named.add(p);
            }
            return named.size() == 1 ? named.iterator().next() : null;
        }
        String found = null;
        for (String p : people.keySet()) {
            if (p.equals(who) || p.endsWith(" " + who)) {
                if (found != null) return null;
                found = p;
            }
        }
        return found;
    }

    /** Does the text name the person, by full name or surname? */
    static boolean mentions(String text, String person) {
        String[] w = person.split(" ");
        String last = w[w.length - 1];
        return Pattern.compile("(?<![\\p{L}-])(?:" + Pattern.quote(person) + "|" + Pattern.quote(last) + ")(?![\\p{L}-])").matcher(text).find();
    }

    private static boolean sameSurname(String a, String b) {
        String[] x = a.split(" "), y = b.split(" ");
        return x[x.length - 1].equals(y[y.length - 1]);
    }
}
