package org.lectern.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ordering: 3–5 dated events from the article, the dates removed, to be put in time order. */
final class OrderingBuilder {
    private OrderingBuilder() {}

    record Event(String text, double when, Sentence source) {}

    static List<Candidate> build(Context ctx) {
        List<Event> events = new ArrayList<>();
        for (Sentence s : ctx.sentences) {
            for (TypedSpan d : ctx.spans.get(s.index())) {
                if (d.type() != SpanType.DATE || d.sub().equals("monthday")) continue;
                String ev = eventText(ctx, s, d);
                if (ev == null) continue;
                final double when = d.value();
                if (events.stream().anyMatch(e -> e.when() == when || e.source() == s)) continue;
                events.add(new Event(ev, when, s));
            }
        }
        List<Candidate> out = new ArrayList<>();
        if (events.size() < 3) return out;
        // spread: pick up to 5 events with distinct dates, preferring reading order coverage
        List<Event> chosen = new ArrayList<>(events.subList(0, Math.min(5, events.size())));
        out.add(candidate(chosen, 1.3));
        if (events.size() >= 6) out.add(candidate(events.subList(events.size() - Math.min(5, events.size() - 3), events.size()), 1.0));
        return out;
    }

    private static Candidate candidate(List<Event> chosen, double score) {
        List<Event> sorted = new ArrayList<>(chosen);
        sorted.sort(Comparator.comparingDouble(Event::when));
        List<String> items = sorted.stream().map(Event::text).toList();
        List<String> evidence = sorted.stream().map(e -> e.source().text()).distinct().toList();
        StringBuilder expl = new StringBuilder("In time order: ");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) expl.append("; ");
            String d = dateOf(sorted.get(i));
            expl.append(d).append(" — ").append(sorted.get(i).text());
        }
        expl.append(". The dates are in the sentences quoted as evidence.");
        Sentence first = chosen.get(0).source();
        Question q = Question.of(QuestionType.ordering, "Put these events from the article in the order they happened, earliest first.",
                        Skill.inference, items.size() >= 5 ? 3 : 2, first.section(), evidence, expl.toString())
                .withItems(items);
        q = Ids.assign(q, String.join("\u0000", items));
        return new Candidate(q, null, List.of(), score, first.index());
    }

    private static String dateOf(Event e) {
        int v = (int) e.when();
        int y = v / 10000, m = v / 100 % 100;
        String[] months = SpanTagger.MONTHS.split("\\|");
        return m > 0 ? months[m - 1] + " " + y : Integer.toString(y);
    }

    private static boolean hasVerb(Sentence s, String text) {
        for (int i = 0; i < s.tokens().size(); i++) {
            String tag = s.tags().get(i);
            if ((tag.equals("VERB") || tag.equals("AUX")) && Pattern.compile("\\b" + Pattern.quote(s.tokens().get(i)) + "\\b").matcher(text).find()) return true;
        }
        return false;
    }

    private static final Pattern PREP = Pattern.compile("(?i)(?:^|\\s|,\\s)(in|on|by)\\s(?:early |mid-|late |mid )?$");

    /** The sentence (or its clause) with the date phrase removed, if it reads as a self-contained event. */
    static String eventText(Context ctx, Sentence s, TypedSpan d) {
        String stem = ctx.stems.get(s.index());
        if (stem == null) return null;
        int offset = s.plain().length() - stem.length();
        if (d.start() < offset) return null;
        String before = stem.substring(0, d.start() - offset);
        String after = stem.substring(d.end() - offset);
        Matcher m = PREP.matcher(before);
        if (!m.find()) return null;
        String head = before.substring(0, m.start(1)).replaceAll("[\\s,]+$", "");
        String text;
        if (head.isEmpty()) {
            // "In 2019, the two countries launched ..."
            if (!after.startsWith(", ")) return null;
            text = Text.upperFirst(after.substring(2));
        } else if (after.equals(".") || after.startsWith(", and ") || after.startsWith("; ")) {
            // "... launched a campaign in November." -- keep the clause that holds the date
            int cut = Math.max(head.lastIndexOf("; "), head.lastIndexOf(", and "));
            if (cut >= 0) head = Text.upperFirst(head.substring(cut + (head.startsWith("; ", cut) ? 2 : 6)));
            text = head + ".";
        } else {
            return null;
        }
        if (Text.firstWord(text).matches("since|when|after|before|while|although|though|if|because|as|until|despite")) return null;
        int cut2 = text.indexOf(", and in ");
        if (cut2 < 0) cut2 = text.indexOf("; ");
        if (cut2 > 0) text = text.substring(0, cut2) + ".";
        if (!hasVerb(s, text)) return null;
        text = text.replaceAll("\\s+", " ").replaceAll("\\s+([,.])", "$1").strip();
        if (!text.endsWith(".")) text = text + ".";
        if (Pattern.compile("(?:19|20)\\d\\d").matcher(text).find()) return null;
        if (Text.startsWithPronoun(text) || Text.startsWithConnector(text)) return null;
        int words = text.split("\\s+").length;
        if (words < 6 || words > 30) return null;
        if (!Character.isUpperCase(text.charAt(0))) return null;
        return text;
    }
}
