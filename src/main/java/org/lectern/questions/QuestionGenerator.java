package org.lectern.questions;

import java.util.List;
import org.lectern.importing.Module;

/** Makes questions for a module. The built-in rule-based generator is the default; a model backend is optional. */
public interface QuestionGenerator {

    /** Questions and the gate's report for one module; {@code corpus} is every module available (may include it). */
    GenerationReport run(Module module, List<Module> corpus);

    default List<Question> generate(Module module, List<Module> corpus) {
        return run(module, corpus).questions();
    }

    /** The built-in generator, or the chat-completions backend when LECTERN_LLM_URL and LECTERN_LLM_MODEL are set. */
    static QuestionGenerator fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static QuestionGenerator fromEnvironment(java.util.Map<String, String> env) {
        String url = env.get("LECTERN_LLM_URL"), model = env.get("LECTERN_LLM_MODEL");
        if (url != null && !url.isBlank() && model != null && !model.isBlank()) {
            return new ChatCompletionsQuestionGenerator(url, model, env.get("LECTERN_LLM_KEY"), new BuiltInQuestionGenerator());
        }
        return new BuiltInQuestionGenerator();
    }
}
