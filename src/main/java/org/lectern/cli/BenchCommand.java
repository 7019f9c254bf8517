package org.lectern.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lectern.importing.ArticleImporter;
import org.lectern.importing.ContentWriter;
import org.lectern.importing.Module;
import org.lectern.importing.SyntheticPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
        subcommands = {BenchCommand.Import.class, BenchQuestionsCommand.class, BenchExportCommand.class,
                BenchLoadCommand.class, BenchStartupCommand.class})
public final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: the usage, which lists every benchmark (from the registered subcommands). */
    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Time importing the seeds (warm) and N synthetic HTML pages on all cores.")
    static final class Import implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--seeds", defaultValue = "seeds") Path seeds;
        @Option(names = "--pages", defaultValue = "1000") int pages;
        @Option(names = "--iterations", defaultValue = "30") int iterations;

        @Override
        public Integer call() throws Exception {
            List<ArticleImporter.Source> sources = new ArrayList<>();
            for (Path f : ContentWriter.collectInputs(List.of(seeds))) sources.add(new ArticleImporter.Source(f.getFileName().toString(), Files.readAllBytes(f)));
            ArticleImporter importer = new ArticleImporter();
            for (int i = 0; i < 5; i++) importer.importAll(sources, List.of()); // warm-up (JIT, models)
            long t0 = System.nanoTime();
            List<Module> modules = List.of();
            for (int i = 0; i < iterations; i++) modules = importer.importAll(sources, List.of()).modules();
            double seedMs = (System.nanoTime() - t0) / 1e6 / iterations;
            System.out.printf("seeds: %d files, %.1f ms per full-corpus import (warm, mean of %d)%n", sources.size(), seedMs, iterations);

            List<SyntheticPages.Page> pageList = SyntheticPages.generate(modules, pages, 42);
            int threads = Runtime.getRuntime().availableProcessors();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                runPages(pool, importer, pageList); // warm
                long t1 = System.nanoTime();
                int ok = runPages(pool, importer, pageList);
                double secs = (System.nanoTime() - t1) / 1e9;
                System.out.printf("html: %d synthetic pages in %.2f s on %d threads = %.0f pages/s (%d imported)%n",
                        pageList.size(), secs, threads, pageList.size() / secs, ok);
            } finally {
                pool.shutdown();
            }
            SyntheticPages.Score s = SyntheticPages.score(pageList, importer);
            System.out.printf("html extraction on synthetic pages: precision %.3f recall %.3f F1 %.3f%n", s.precision(), s.recall(), s.f1());
            return 0;
        }

        private static int runPages(ExecutorService pool, ArticleImporter importer, List<SyntheticPages.Page> pages) throws Exception {
            List<Future<Boolean>> fs = new ArrayList<>();
            for (SyntheticPages.Page p : pages) {
                fs.add(pool.submit(() -> importer.importOne(p.fileName(), p.html().getBytes(StandardCharsets.UTF_8)) instanceof ArticleImporter.Imported));
            }
            int ok = 0;
            for (Future<Boolean> f : fs) if (f.get()) ok++;
            return ok;
        }
    }
}
