package org.lectern.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds modules that summarise or overlap each other, by containment of word 4-gram shingles.
 * A shorter text with at least {@value #SUMMARY_CONTAINMENT} of its shingles in a longer article
 * (or with the same title) is a {@code summary}; texts sharing at least {@value #OVERLAP_CONTAINMENT}
 * are related. Links are symmetric. Then slugs are made unique: on a clash the article keeps the
 * plain slug and the summary or excerpt gets a suffix.
 */
public final class CorpusLinker {
    private CorpusLinker() {}

    static final double SUMMARY_CONTAINMENT = 0.15;
    static final double OVERLAP_CONTAINMENT = 0.08;
    static final double SUMMARY_MAX_LENGTH_RATIO = 0.6;
    private static final int N = 4;

    public static List<Module> link(List<Module> modules) {
        int n = modules.size();
        List<Set<String>> shingles = new ArrayList<>();
        for (Module m : modules) shingles.add(shingles(m.body()));
        List<Module.Kind> kinds = new ArrayList<>();
        List<Set<Integer>> related = new ArrayList<>();
        for (Module m : modules) { kinds.add(m.kind()); related.add(new TreeSet<>()); }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a == b) continue;
                double c = containment(shingles.get(a), shingles.get(b));
                boolean sameTitle = !modules.get(a).title().isBlank()
                        && TextCleaner.normalise(modules.get(a).title()).equals(TextCleaner.normalise(modules.get(b).title()));
                boolean shorter = modules.get(a).words() <= modules.get(b).words() * SUMMARY_MAX_LENGTH_RATIO;
                if (shorter && (c >= SUMMARY_CONTAINMENT || sameTitle) && kinds.get(a) == Module.Kind.article
                        && modules.get(b).kind() == Module.Kind.article) {
                    kinds.set(a, Module.Kind.summary);
                }
                if (c >= OVERLAP_CONTAINMENT || (sameTitle && shorter)) {
                    related.get(a).add(b);
                    related.get(b).add(a);
                }
            }
        }
        // Unique slugs: the fullest text keeps the base slug.
        List<String> slugs = new ArrayList<>();
        for (Module m : modules) slugs.add(m.slug());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        order.sort((x, y) -> {
            int k = Integer.compare(kinds.get(x).ordinal(), kinds.get(y).ordinal());
            if (k != 0) return k;
            int w = Integer.compare(modules.get(y).words(), modules.get(x).words());
            return w != 0 ? w : modules.get(x).sourceFile().compareTo(modules.get(y).sourceFile());
        });
        Set<String> taken = new HashSet<>();
        for (int i : order) {
            String base = modules.get(i).slug();
            String s = base;
            if (taken.contains(s) && kinds.get(i) != Module.Kind.article) s = base + "-" + kinds.get(i).name();
            for (int k = 2; taken.contains(s); k++) s = base + "-" + k;
            taken.add(s);
            slugs.set(i, s);
        }
        List<Module> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Module m = modules.get(i);
            List<String> rel = new ArrayList<>();
            for (int j : related.get(i)) rel.add(slugs.get(j));
            rel.sort(null);
            String title = m.title();
            if (kinds.get(i) == Module.Kind.summary && m.kind() != Module.Kind.summary) {
                for (int j : related.get(i)) {
                    if (TextCleaner.normalise(modules.get(j).title()).equals(TextCleaner.normalise(title))) {
                        title = title + " (Summary)";
                        break;
                    }
                }
            }
            out.add(new Module(slugs.get(i), title, m.authors(), m.sourceFile(), m.source(), m.published(), kinds.get(i), rel,
                    m.words(), m.readingMinutes(), m.gradeLevel(), m.glossary(), m.entities(), m.aboutAuthors(),
                    m.references(), m.body()));
        }
        return out;
    }

    static Set<String> shingles(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", " ").split("\\s+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + N <= w.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + N)));
        }
        return out;
    }

    /** Share of {@code a}'s shingles that also occur in {@code b}. */
    static double containment(Set<String> a, Set<String> b) {
        if (a.isEmpty()) return 0;
        int common = 0;
        for (String s : a) if (b.contains(s)) common++;
        return (double) common / a.size();
    }
}
