package org.lectern.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Reads and writes a content directory of {@code <slug>/module.md} files. Writes are atomic per file. */
public final class ContentWriter {
    private ContentWriter() {}

    /** Modules already in {@code dir}, sorted by slug; unreadable files are skipped. */
    public static List<Module> readExisting(Path dir) throws IOException {
        List<Module> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path sub : s.sorted().toList()) {
                Path f = sub.resolve(ModuleFile.FILE_NAME);
                if (!Files.isRegularFile(f)) continue;
                try {
                    out.add(ModuleFile.read(f));
                } catch (IllegalArgumentException e) {
                    // not ours to fix; leave it alone
                }
            }
        }
        return out;
    }

    /**
     * Writes modules; a module whose source file was previously stored under another slug has its
     * old {@code module.md} removed (re-import never leaves duplicates).
     */
    public static void write(Path dir, List<Module> modules, List<Module> existing) throws IOException {
        Files.createDirectories(dir);
        for (Module m : modules) {
            ModuleFile.write(dir, m);
            for (Module old : existing) {
                if (old.sourceFile().equals(m.sourceFile()) && !old.slug().equals(m.slug())) {
                    Path oldDir = dir.resolve(old.slug());
                    Files.deleteIfExists(oldDir.resolve(ModuleFile.FILE_NAME));
                    try (Stream<Path> rest = Files.list(oldDir)) {
                        if (rest.findAny().isEmpty()) Files.delete(oldDir);
                    } catch (IOException ignored) {
                        // directory already gone or still holds other files
                    }
                }
            }
        }
    }

    /** Input files under the given paths (directories walked), supported types only, in a stable order. */
    public static List<Path> collectInputs(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> ArticleImporter.supports(f.getFileName().toString()))
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
