package org.lectern.questions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.lectern.importing.nlp.Nlp;
import org.lectern.importing.Module;

/** Splits a module's Markdown body into verbatim sentences, section by section. */
public final class Sentences {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•]|\\d+[.)])\\s+");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPH = Pattern.compile("(\\*\\*|__|\\*|`)");

    private Sentences() {}

    private static final java.util.Map<String, List<Sentence>> CACHE = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, List<Sentence>> e) { return size() > 256; }
            });

    /** Sentences of a module body (cached by body text: the same body always gives the same sentences). */
    public static List<Sentence> of(Module module) {
        List<Sentence> cached = CACHE.get(module.body());
        if (cached != null) return cached;
        List<Sentence> out = split(module);
        CACHE.put(module.body(), out);
        return out;
    }

    static void clearCache() { CACHE.clear(); }

    private static List<Sentence> split(Module module) {
        List<Sentence> out = new ArrayList<>();
        List<Module.Section> sections = module.sections();
        for (int s = 0; s < sections.size(); s++) {
            Module.Section sec = sections.get(s);
            int para = 0;
            for (String block : paragraphs(sec.markdown())) {
                for (Span span : Nlp.sentenceSpans(block)) {
                    String text = block.substring(span.getStart(), span.getEnd()).strip();
                    if (text.isEmpty()) continue;
                    String plain = plain(text);
                    String[] tokens = Nlp.tokens(plain);
                    String[] tags = Nlp.tags(tokens);
                    out.add(new Sentence(out.size(), sec.heading(), s, para, text, plain,
                            List.of(tokens), List.of(tags)));
                }
                para++;
            }
        }
        return List.copyOf(out);
    }

    /** Paragraphs of a section: blank-line separated blocks; list items are their own paragraphs. */
    static List<String> paragraphs(String markdown) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            String t = line.strip();
            boolean skip = t.startsWith("#") || t.startsWith("|") || t.startsWith("```") || t.startsWith("![")
                    || t.matches("^[-*_=]{3,}$");
            boolean bullet = BULLET.matcher(line).find();
            if (t.isEmpty() || skip || bullet) {
                flush(cur, out);
                if (bullet) {
                    var m = BULLET.matcher(line);
                    m.find();
                    out.add(line.substring(m.end()).strip());
                }
                continue;
            }
            if (t.startsWith(">")) t = t.substring(1).strip();
            if (cur.length() > 0) cur.append('\n');
            cur.append(t.equals(line.strip()) ? line.strip() : t);
        }
        flush(cur, out);
        out.removeIf(String::isBlank);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) out.add(cur.toString());
        cur.setLength(0);
    }

    static String plain(String markdown) {
        String s = LINK.matcher(markdown).replaceAll("$1");
        s = EMPH.matcher(s).replaceAll("");
        s = s.replace('\n', ' ').replaceAll("\\s{2,}", " ");
        return s.strip();
    }

    static List<String> words(String s) {
        return Arrays.stream(s.toLowerCase().split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
