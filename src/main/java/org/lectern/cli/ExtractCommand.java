package org.lectern.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lectern.importing.ArticleImporter;
import org.lectern.importing.ModuleFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true, description = "Print the module Markdown of one file to stdout.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "An article file (.txt, .md, .html, .htm, .pdf).")
    Path file;

    @Override
    public Integer call() throws Exception {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) { System.err.println(name + ": no such file"); return 1; }
        if (Files.size(file) > ArticleImporter.MAX_BYTES) { System.err.println(name + ": file too large (the limit is 20 MB)"); return 1; }
        ArticleImporter.ImportOutcome o = new ArticleImporter().importOne(name, Files.readAllBytes(file));
        if (o instanceof ArticleImporter.Imported i) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(ModuleFile.render(i.module()));
            out.flush();
            return 0;
        }
        System.err.println(name + ": " + ((ArticleImporter.Failed) o).reason());
        return 1;
    }
}
