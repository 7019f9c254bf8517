package org.lectern.questions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.lectern.importing.Module;

/** Times question generation over a set of modules: cold (first run, models loading) and warm (median of runs). */
public final class QuestionBenchmark {

    public record Figures(int modules, int words, int questions, long coldMillis, long warmMedianMillis, long warmMinMillis,
                          int runs) {
        public String render() {
            return String.format(java.util.Locale.ROOT,
                    "questions benchmark: %d modules, %d words, %d questions%n  cold (incl. model load): %d ms%n"
                            + "  warm median of %d runs: %d ms (min %d ms)  = %.1f%% of the 2000 ms budget, %.0f words/ms%n",
                    modules, words, questions, coldMillis, runs, warmMedianMillis, warmMinMillis,
                    100.0 * warmMedianMillis / 2000.0, words / Math.max(1.0, warmMedianMillis));
        }
    }

    private final List<Module> modules;
    private final int runs;

    public QuestionBenchmark(List<Module> modules, int runs) {
        this.modules = modules;
        this.runs = runs;
    }

    public Figures run() {
        QuestionGenerator gen = new BuiltInQuestionGenerator();
        long t0 = System.nanoTime();
        int questions = generateAll(gen);
        long cold = (System.nanoTime() - t0) / 1_000_000;
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            clearCaches();
            long t = System.nanoTime();
            generateAll(gen);
            times[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(times);
        int words = 0;
        for (Module m : modules) words += m.body().split("\\s+").length;
        return new Figures(modules.size(), words, questions, cold, times[runs / 2], times[0], runs);
    }

    private static void clearCaches() {
        Sentences.clearCache();
        SpanTagger.clearCache();
        Roles.clearCache();
    }

    private int generateAll(QuestionGenerator gen) {
        int n = 0;
        for (Module m : modules) n += gen.generate(m, modules).size();
        return n;
    }

    /**
     * Rough modules straight from raw seed texts (first line title, blank-line paragraphs), for timing when no
     * imported content directory is at hand.
     */
    public static List<Module> fromSeeds(Path seedsDir) throws IOException {
        List<Module> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(seedsDir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
                String title = text.strip().lines().findFirst().orElse(p.getFileName().toString()).strip();
                String slug = p.getFileName().toString().replaceAll("\\.txt$", "").replaceAll("[^a-z0-9]+", "-");
                String body = text.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
                out.add(new Module(slug, title, List.of(), p.getFileName().toString(), "", "", Module.Kind.article,
                        List.of(), body.split("\\s+").length, 0, 0, List.of(), List.of(), List.of(), List.of(), body));
            }
        }
        return out;
    }
}
