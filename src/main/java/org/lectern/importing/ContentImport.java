package org.lectern.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports files and directories into a content directory: the entry point for the CLI and for
 * {@code serve} (import {@code seeds/} into {@code content/}). Idempotent: re-importing the same
 * files rewrites the same {@code <slug>/module.md} byte for byte.
 */
public final class ContentImport {
    private ContentImport() {}

    public record Result(List<Module> written, List<ArticleImporter.Failed> failures) {
        public boolean ok() { return failures.isEmpty(); }
    }

    public static Result run(List<Path> inputs, Path outDir) throws IOException {
        List<ArticleImporter.Source> sources = new ArrayList<>();
        List<ArticleImporter.Failed> early = new ArrayList<>();
        for (Path f : ContentWriter.collectInputs(inputs)) {
            String name = f.getFileName().toString();
            if (!Files.isRegularFile(f)) { early.add(new ArticleImporter.Failed(name, "no such file")); continue; }
            if (!ArticleImporter.supports(name)) {
                early.add(new ArticleImporter.Failed(name, "unsupported file type (expected .txt, .md, .html, .htm or .pdf)"));
                continue;
            }
            long size = Files.size(f);
            if (size > ArticleImporter.MAX_BYTES) {
                early.add(new ArticleImporter.Failed(name, String.format(java.util.Locale.ROOT,
                        "file too large (%.1f MB; the limit is 20 MB)", size / 1048576.0)));
                continue;
            }
            sources.add(new ArticleImporter.Source(name, Files.readAllBytes(f)));
        }
        List<Module> existing = ContentWriter.readExisting(outDir);
        ArticleImporter.Batch batch = new ArticleImporter().importAll(sources, existing);
        List<Module> toWrite = new ArrayList<>(batch.modules());
        toWrite.addAll(batch.updatedExisting());
        if (!toWrite.isEmpty()) ContentWriter.write(outDir, toWrite, existing);
        List<ArticleImporter.Failed> failures = new ArrayList<>(early);
        failures.addAll(batch.failures());
        return new Result(batch.modules(), failures);
    }
}
