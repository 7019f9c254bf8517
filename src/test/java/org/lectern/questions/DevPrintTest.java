package org.lectern.questions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lectern.importing.Module;

@EnabledIfSystemProperty(named = "dev.print", matches = ".+")
class DevPrintTest {
    @Test
    void print() throws Exception {
        String dir = System.getProperty("dev.print");
        List<Module> modules = dir.equals("seeds") ? QuestionBenchmark.fromSeeds(Path.of("seeds")) : QuestionWriter.loadModules(Path.of(dir));
        StringBuilder sb = new StringBuilder();
        for (Module m : modules) {
            Context ctx = new Context(m, modules);
            for (MainIdeaBuilder.Unit u : MainIdeaBuilder.units(ctx, true)) sb.append("UNIT ").append(u.label()).append(" | ").append(u.thesisStem()).append('\n');
            sb.append("MI candidates: ").append(MainIdeaBuilder.build(ctx).size()).append('\n');
            GenerationReport r = new BuiltInQuestionGenerator().run(m, modules);
            sb.append("######## ").append(m.slug()).append('\n').append(r.render(50)).append(QuestionsFile.render(r.questions()));
        }
        Files.writeString(Path.of("/tmp/qdev.txt"), sb.toString());
        System.out.println(new QuestionBenchmark(modules, 5).run().render());
    }
}
