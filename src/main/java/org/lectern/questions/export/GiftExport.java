package org.lectern.questions.export;

import java.util.List;
import org.lectern.questions.Question;

/**
 * Questions as Moodle GIFT text. Multiple choice, main idea and true/false keep their key; cloze
 * becomes a short-answer question with every accepted form; matching keeps its pairs; ordering
 * becomes matching of each item to its place; short answer, select evidence and discussion become
 * essays. GIFT's special characters (~ = # { } :) and backslash are escaped.
 */
public final class GiftExport {

    private GiftExport() {}

    public static String export(String moduleTitle, List<Question> questions) {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(oneLine(moduleTitle)).append("\n");
        out.append("$CATEGORY: ").append(escape(moduleTitle)).append("\n\n");
        int n = 0;
        for (Question q : questions) {
            n++;
            String name = q.id() == null ? "q" + n : q.id();
            out.append("// ").append(q.type().name()).append("\n");
            out.append("::").append(escape(name)).append("::").append(escape(q.prompt())).append(" {");
            switch (q.type()) {
                case multiple_choice, main_idea -> {
                    for (String o : q.options()) {
                        out.append("\n\t").append(o.equals(q.answer()) ? "=" : "~").append(escape(o));
                    }
                    out.append("\n");
                }
                case true_false -> out.append("true".equals(q.answer()) ? "TRUE" : "FALSE");
                case cloze -> {
                    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
                    if (q.answer() != null) {
                        all.add(q.answer());
                    }
                    all.addAll(q.accepted());
                    for (String a : all) {
                        out.append("\n\t=").append(escape(a));
                    }
                    out.append("\n");
                }
                case matching -> {
                    for (Question.Pair p : q.pairs()) {
                        out.append("\n\t=").append(escape(p.left())).append(" -> ").append(escape(p.right()));
                    }
                    out.append("\n");
                }
                case ordering -> {
                    for (int i = 0; i < q.items().size(); i++) {
                        out.append("\n\t=").append(escape(q.items().get(i))).append(" -> ").append(i + 1);
                    }
                    out.append("\n");
                }
                case short_answer, select_evidence, discussion -> { }
            }
            out.append("}\n\n");
        }
        return out.toString();
    }

    /** Escapes GIFT's special characters; line breaks become \n. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> b.append('\\').append(c);
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\R", " ");
    }
}
